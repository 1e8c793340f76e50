package nl.trefpunt.reservation.space;

import static nl.trefpunt.platform.test.ProblemAssertions.assertInvalid;
import static nl.trefpunt.platform.test.ProblemAssertions.assertProblem;
import static nl.trefpunt.reservation.space.SpaceCatalogueIT.SPACES;
import static nl.trefpunt.reservation.space.SpaceCatalogueIT.provision;
import static nl.trefpunt.reservation.space.SpaceCatalogueIT.space;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.ServiceIntegrationTest;
import nl.trefpunt.platform.test.TestTokens;
import nl.trefpunt.reservation.centre.CoreServiceStandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A space's centre must exist in the space's municipality: reservation-service asks core-service
 * (here its stand-in, over real HTTP, with a client-credentials token from the test issuer) before
 * it stores anything, and stores nothing when core-service cannot tell.
 */
@ServiceIntegrationTest
class SpaceCentreReferenceIT {

    @LocalServerPort
    int port;

    Api arnhem;

    @BeforeEach
    void provisionArnhem() {
        provision(port, "arnhem");
        arnhem = Api.on(port)
                .as(TestTokens.member("arnhem", "municipality-admin"))
                .tenant("arnhem");
    }

    @AfterEach
    void coreServiceAnswersAgain() {
        CoreServiceStandIn.behave(CoreServiceStandIn.Mode.ANSWERING);
    }

    @Test
    void acceptsACentreOfTheSameMunicipality() {
        String centre = CoreServiceStandIn.centreIn("arnhem");

        Api.Response created = arnhem.post(SPACES, space(centre, "Grote zaal", 80));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void refusesAnotherMunicipalitysCentreNamingTheField() {
        String ossCentre = CoreServiceStandIn.centreIn("oss");

        Api.Response refused = arnhem.post(SPACES, space(ossCentre, "Grote zaal", 80));

        assertInvalid(refused, "centreId");
        assertThat(refused.body()).doesNotContain("oss");
        assertThat(spacesOf(ossCentre)).isZero();
    }

    @Test
    void refusesACentreThatDoesNotExist() {
        String unknown = UUID.randomUUID().toString();

        assertInvalid(arnhem.post(SPACES, space(unknown, "Grote zaal", 80)), "centreId");
        assertThat(spacesOf(unknown)).isZero();
    }

    @Test
    void answers503AndStoresNothingWhenCoreServiceFails() {
        String centre = CoreServiceStandIn.centreIn("arnhem");
        CoreServiceStandIn.behave(CoreServiceStandIn.Mode.FAILING);

        Api.Response unavailable = arnhem.post(SPACES, space(centre, "Grote zaal", 80));

        assertUnavailable(unavailable);
        CoreServiceStandIn.behave(CoreServiceStandIn.Mode.ANSWERING);
        assertThat(spacesOf(centre)).isZero();
    }

    @Test
    void answers503WithinTheTimeoutWhenCoreServiceHangs() {
        String centre = CoreServiceStandIn.centreIn("arnhem");
        CoreServiceStandIn.behave(CoreServiceStandIn.Mode.HANGING);
        long started = System.nanoTime();

        Api.Response unavailable = arnhem.post(SPACES, space(centre, "Grote zaal", 80));

        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertUnavailable(unavailable);
        assertThat(tookMillis).as("the read timeout is 2 s in tests").isLessThan(8_000);
        CoreServiceStandIn.behave(CoreServiceStandIn.Mode.ANSWERING);
        assertThat(spacesOf(centre)).isZero();
    }

    @Test
    void doesNotAskCoreServiceForInputThatIsInvalidAnyway() {
        int before = CoreServiceStandIn.calls();

        assertInvalid(arnhem.post(SPACES, space(null, "Zaal", 10)), "centreId");

        assertThat(CoreServiceStandIn.calls()).isEqualTo(before);
    }

    private static void assertUnavailable(Api.Response response) {
        assertProblem(response, 503);
        assertThat(response.header("Retry-After")).isNotBlank();
    }

    private int spacesOf(String centre) {
        return arnhem.get(SPACES + "?centreId=" + centre).json().get("items").size();
    }
}
