package nl.trefpunt.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The house rules of docs/architecture.md as ArchUnit rules, shared by every service's architecture test.
 * None of them may pass vacuously: a rule that matches no classes fails.
 */
public final class ArchitectureRules {

    private static final String[] ADAPTERS = {"..web..", "..persistence..", "..stripe..", "..config.."};

    private ArchitectureRules() {}

    /** Domain code (a feature's own package) knows neither HTTP nor the database. */
    public static ArchRule domainIsFreeOfWebAndPersistence(String servicePackage) {
        return noClasses()
                .that()
                .resideInAPackage(servicePackage + ".*..")
                .and()
                .resideOutsideOfPackages(ADAPTERS)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.persistence..",
                        "org.hibernate..",
                        "org.springframework.data..",
                        "org.springframework.jdbc..",
                        "org.springframework.web..",
                        "org.springframework.http..",
                        "jakarta.servlet..")
                .because("house style (docs/architecture.md): domain code is free of web and persistence types")
                .allowEmptyShould(false);
    }

    /** Schema switching and tenant resolution live in platform-tenancy, nowhere else. */
    public static ArchRule tenancyStaysInPlatform(String servicePackage) {
        return noClasses()
                .that()
                .resideInAPackage(servicePackage + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.hibernate.context.spi..", "org.hibernate.engine.jdbc.connections.spi..", "liquibase..")
                .because("house style (docs/architecture.md): tenancy code lives only in platform/")
                .allowEmptyShould(false);
    }

    /** Stripe's types stay inside the payment feature. */
    public static ArchRule stripeStaysInPayment(String servicePackage) {
        return noClasses()
                .that()
                .resideInAPackage(servicePackage + "..")
                .and()
                .resideOutsideOfPackage("..payment..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.stripe..")
                .because("house style (docs/architecture.md): Stripe types only in the payment feature")
                .allowEmptyShould(false);
    }

    /** Controllers answer with records made for the endpoint, never with entities. */
    public static ArchRule entitiesNeverCrossHttp(String servicePackage) {
        return classes()
                .that()
                .resideInAPackage(servicePackage + "..web..")
                .should()
                .onlyDependOnClassesThat()
                .areNotAnnotatedWith("jakarta.persistence.Entity")
                .because("house style (docs/architecture.md): entities never cross HTTP")
                .allowEmptyShould(false);
    }
}
