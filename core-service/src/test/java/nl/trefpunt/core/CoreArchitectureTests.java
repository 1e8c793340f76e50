package nl.trefpunt.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import nl.trefpunt.platform.test.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The house rules of docs/architecture.md, checked against core-service's production classes. */
class CoreArchitectureTests {

    static final String SERVICE = "nl.trefpunt.core";
    static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(SERVICE);
    }

    @Test
    void domainIsFreeOfWebAndPersistence() {
        ArchitectureRules.domainIsFreeOfWebAndPersistence(SERVICE).check(classes);
    }

    @Test
    void tenancyStaysInPlatform() {
        ArchitectureRules.tenancyStaysInPlatform(SERVICE).check(classes);
    }

    @Test
    void stripeStaysInPayment() {
        ArchitectureRules.stripeStaysInPayment(SERVICE).check(classes);
    }

    @Test
    void entitiesNeverCrossHttp() {
        ArchitectureRules.entitiesNeverCrossHttp(SERVICE).check(classes);
    }

    /** The rules bite: code that breaks them on purpose (test fixtures) makes them fail. */
    @Test
    void rulesRefuseCodeThatBreaksThem() {
        JavaClasses broken = new ClassFileImporter().importPackages("nl.trefpunt.archfixture");

        assertThatThrownBy(() -> ArchitectureRules.domainIsFreeOfWebAndPersistence("nl.trefpunt.archfixture")
                        .check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("FixtureDomain");
        assertThatThrownBy(() -> ArchitectureRules.entitiesNeverCrossHttp("nl.trefpunt.archfixture")
                        .check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("FixtureController");
        assertThatThrownBy(() -> ArchitectureRules.entitiesNeverCrossHttp("nl.trefpunt.nothing")
                        .check(broken))
                .as("a rule that matches no classes fails")
                .isInstanceOf(AssertionError.class);
    }
}
