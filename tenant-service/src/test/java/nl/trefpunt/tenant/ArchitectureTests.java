package nl.trefpunt.tenant;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import nl.trefpunt.platform.test.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The house rules of docs/architecture.md, checked on tenant-service's production classes. */
class ArchitectureTests {

    private static final String SERVICE = "nl.trefpunt.tenant";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
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
}
