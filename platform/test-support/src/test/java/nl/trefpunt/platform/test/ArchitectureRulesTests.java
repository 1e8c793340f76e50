package nl.trefpunt.platform.test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

class ArchitectureRulesTests {

    /** Stands for a service's root package; "clean" and "dirty" are its features. */
    private static final String FIXTURE = "nl.trefpunt.platform.test.fixture";

    private final JavaClasses fixtures = new ClassFileImporter().importPackages(FIXTURE);
    private final JavaClasses cleanFeature = new ClassFileImporter().importPackages(FIXTURE + ".clean");

    @Test
    void cleanDomainPasses() {
        assertThatCode(() -> ArchitectureRules.domainIsFreeOfWebAndPersistence(FIXTURE)
                        .check(cleanFeature))
                .doesNotThrowAnyException();
    }

    @Test
    void domainUsingWebTypesFails() {
        assertThatThrownBy(() -> ArchitectureRules.domainIsFreeOfWebAndPersistence(FIXTURE)
                        .check(fixtures))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Invoice");
    }

    @Test
    void rulesFailWhenTheyMatchNoClasses() {
        String nothing = "nl.trefpunt.nowhere";
        assertThatThrownBy(() -> ArchitectureRules.domainIsFreeOfWebAndPersistence(nothing)
                        .check(fixtures))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(
                        () -> ArchitectureRules.tenancyStaysInPlatform(nothing).check(fixtures))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ArchitectureRules.stripeStaysInPayment(nothing).check(fixtures))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(
                        () -> ArchitectureRules.entitiesNeverCrossHttp(nothing).check(fixtures))
                .isInstanceOf(AssertionError.class);
    }
}
