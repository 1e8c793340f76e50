package nl.trefpunt.reservation.space;

import static nl.trefpunt.platform.test.ProblemAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.ServiceIntegrationTest;
import nl.trefpunt.platform.test.TestTokens;
import nl.trefpunt.reservation.centre.CoreServiceStandIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The spaces of centres over real HTTP, as a municipality's people use them through the gateway. */
@ServiceIntegrationTest
class SpaceCatalogueIT {

    static final String SPACES = "/api/v1/spaces";

    @LocalServerPort
    int port;

    Api manager;
    /** A centre of its own per test, so that names and counts of other tests do not interfere. */
    String centre;

    @BeforeEach
    void provisionArnhem() {
        provision(port, "arnhem");
        manager = Api.on(port).as(TestTokens.member("arnhem", "centre-manager")).tenant("arnhem");
        centre = CoreServiceStandIn.knownCentre();
    }

    @Test
    void addsASpaceAndAnswersWithWhereItLives() {
        Api.Response created = manager.post(SPACES, grooteZaal(centre));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("API-Version")).isEqualTo("1.0.0");
        JsonNode space = created.json();
        String id = space.get("id").asString();
        assertThat(created.header("Location")).endsWith(SPACES + "/" + id);
        assertThat(space.get("centreId").asString()).isEqualTo(centre);
        assertThat(space.get("name").asString()).isEqualTo("Grote zaal");
        assertThat(space.get("capacity").asInt()).isEqualTo(80);
        assertThat(space.get("floorAreaSquareMetres").asInt()).isEqualTo(120);
        assertThat(space.get("wheelchairAccessible").asBoolean()).isTrue();
        assertThat(space.get("createdAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");

        Api.Response read = manager.get(SPACES + "/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("API-Version")).isEqualTo("1.0.0");
        assertThat(read.json()).isEqualTo(space);
    }

    @Test
    void locationKeepsThePathPrefixTheGatewayStripped() {
        Api.Response created = manager.header("X-Forwarded-Prefix", "/arnhem").post(SPACES, grooteZaal(centre));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location"))
                .endsWith("/arnhem" + SPACES + "/" + created.json().get("id").asString());
    }

    @Test
    void leavesOutAnUnknownFloorAreaAndAssumesNoWheelchairAccess() {
        Api.Response created = manager.post(SPACES, space(centre, "Spreekkamer", 4));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().has("floorAreaSquareMetres")).isFalse();
        assertThat(created.json().get("wheelchairAccessible").asBoolean()).isFalse();
    }

    @Test
    void filtersByCentreAndByMinimumCapacity() {
        String other = CoreServiceStandIn.knownCentre();
        String zaal = id(manager.post(SPACES, space(centre, "Zaal", 120)));
        String kamer = id(manager.post(SPACES, space(centre, "Vergaderkamer", 12)));
        String elsewhere = id(manager.post(SPACES, space(other, "Zaal", 200)));

        assertThat(ids(manager.get(SPACES + "?centreId=" + centre))).containsExactly(kamer, zaal);
        assertThat(ids(manager.get(SPACES + "?centreId=" + centre + "&minCapacity=12")))
                .containsExactly(kamer, zaal);
        assertThat(ids(manager.get(SPACES + "?centreId=" + centre + "&minCapacity=13")))
                .containsExactly(zaal);
        assertThat(ids(manager.get(SPACES + "?minCapacity=150&pageSize=100")))
                .contains(elsewhere)
                .doesNotContain(zaal);
        assertThat(ids(manager.get(SPACES + "?centreId=" + UUID.randomUUID()))).isEmpty();
    }

    @Test
    void pagesThroughTheSpacesOfACentreOrderedByName() {
        for (String name : List.of("Keuken", "atelier", "Zaal", "Bar", "Tuinkamer")) {
            assertThat(manager.post(SPACES, space(centre, name, 10)).status()).isEqualTo(201);
        }

        JsonNode first =
                manager.get(SPACES + "?centreId=" + centre + "&pageSize=2").json();
        assertThat(names(first)).containsExactly("atelier", "Bar");
        assertThat(first.at("/paging/page").asInt()).isEqualTo(1);
        assertThat(first.at("/paging/pageSize").asInt()).isEqualTo(2);
        assertThat(first.at("/paging/totalItems").asLong()).isEqualTo(5);
        assertThat(first.at("/paging/totalPages").asLong()).isEqualTo(3);
        assertThat(names(manager.get(SPACES + "?centreId=" + centre + "&pageSize=2&page=2")
                        .json()))
                .containsExactly("Keuken", "Tuinkamer");
        assertThat(names(manager.get(SPACES + "?centreId=" + centre + "&pageSize=2&page=3")
                        .json()))
                .containsExactly("Zaal");
    }

    @Test
    void textPostgresCannotTakeIsRefusedNamingTheField() {
        assertInvalid(manager.post(SPACES, space(centre, "Grote\u0000zaal", 80)), "name");
        assertInvalid(manager.get(SPACES + "?centreId=" + centre + "&%E0%AF%BC=1"), "\u0BFC");
        assertThat(ids(manager.get(SPACES + "?centreId=" + centre))).isEmpty();
    }

    @Test
    void aCentreCannotHaveTwoSpacesOfTheSameName() {
        assertThat(manager.post(SPACES, grooteZaal(centre)).status()).isEqualTo(201);

        Api.Response duplicate = manager.post(SPACES, space(centre, "  grote ZAAL ", 40));

        assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
        assertThat(duplicate.contentType()).startsWith("application/problem+json");
        assertThat(duplicate.header("API-Version")).isEqualTo("1.0.0");
        assertThat(duplicate.json().get("status").asInt()).isEqualTo(409);
        assertThat(ids(manager.get(SPACES + "?centreId=" + centre))).hasSize(1);
        assertThat(manager.post(SPACES, space(CoreServiceStandIn.knownCentre(), "Grote zaal", 40))
                        .status())
                .as("another centre may use the name")
                .isEqualTo(201);
    }

    @Test
    void simultaneousDuplicatesCreateTheSpaceOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() ->
                        manager.post(SPACES, space(centre, "Theaterzaal", 150)).status());
            }
            for (Future<Integer> result : pool.invokeAll(calls)) {
                statuses.add(result.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
        assertThat(ids(manager.get(SPACES + "?centreId=" + centre))).hasSize(1);
    }

    @Test
    void rejectsBlankNameAndCapacityZeroNamingBothFields() {
        Api.Response response = manager.post(SPACES, space(centre, " ", 0));

        assertInvalid(response, "name", "capacity");
        assertThat(ids(manager.get(SPACES + "?centreId=" + centre))).isEmpty();
    }

    @Test
    void rejectsCapacityAboveTwoThousandAndAFloorAreaOfNothing() {
        Map<String, Object> body = space(centre, "Sporthal", 2001);
        body.put("floorAreaSquareMetres", 0);

        assertInvalid(manager.post(SPACES, body), "capacity", "floorAreaSquareMetres");
    }

    @Test
    void rejectsAnEmptyObjectNamingTheRequiredFields() {
        assertInvalid(manager.post(SPACES, "{}"), "capacity", "centreId", "name");
    }

    @Test
    void rejectsMalformedJsonAndJsonOfAnotherShape() {
        for (String body : List.of(
                "{\"name\": \"Zaal\",",
                "[]",
                "42",
                "{\"centreId\": \"de-wasplaats\", \"name\": \"Zaal\", \"capacity\": 10}",
                "{\"centreId\": \"" + centre + "\", \"name\": \"Zaal\", \"capacity\": \"veel\"}",
                "")) {
            Api.Response response = manager.postRaw(SPACES, "application/json", body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.header("API-Version")).isEqualTo("1.0.0");
        }
    }

    @Test
    void rejectsMalformedIdsAndFilters() {
        assertInvalid(manager.get(SPACES + "/grote-zaal"), "spaceId");
        assertInvalid(manager.get(SPACES + "?centreId=de-wasplaats"), "centreId");
        assertInvalid(manager.get(SPACES + "?minCapacity=0"), "minCapacity");
        assertInvalid(manager.get(SPACES + "?minCapacity=veel"), "minCapacity");
        assertInvalid(manager.get(SPACES + "?pageSize=101"), "pageSize");
        assertInvalid(manager.get(SPACES + "?page=0"), "page");
    }

    @Test
    void unknownSpaceIsNotFound() {
        Api.Response response = manager.get(SPACES + "/" + UUID.randomUUID());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("API-Version")).isEqualTo("1.0.0");
    }

    @Test
    void backOfficeMunicipalityAndPlatformMayAddSpaces() {
        List<String> tokens = List.of(
                TestTokens.member("arnhem", "backoffice-staff"),
                TestTokens.member("arnhem", "municipality-admin"),
                TestTokens.platformAdmin(),
                TestTokens.service());
        for (int i = 0; i < tokens.size(); i++) {
            Api.Response response =
                    Api.on(port).as(tokens.get(i)).tenant("arnhem").post(SPACES, space(centre, "Kamer " + i, 8));
            assertThat(response.status()).as(response.toString()).isEqualTo(201);
        }
    }

    @Test
    void hirersAndMunicipalityStaffMayReadButNotAddSpaces() {
        for (String role : List.of("hirer", "municipality-staff")) {
            Api member = Api.on(port).as(TestTokens.member("arnhem", role)).tenant("arnhem");

            Api.Response refused = member.post(SPACES, space(centre, "Zaal van " + role, 10));
            assertThat(refused.status()).as(role).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.header("API-Version")).isEqualTo("1.0.0");

            assertThat(ids(member.get(SPACES + "?centreId=" + centre))).isEmpty();
        }
    }

    @Test
    void requestWithoutTokenIsUnauthorised() {
        Api.Response response = Api.on(port).tenant("arnhem").get(SPACES);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    static void provision(int port, String tenant) {
        Api.Response response = Api.on(port).as(TestTokens.service()).put("/internal/tenants/" + tenant, "");
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
    }

    static Map<String, Object> grooteZaal(String centre) {
        Map<String, Object> body = space(centre, "Grote zaal", 80);
        body.put("floorAreaSquareMetres", 120);
        body.put("wheelchairAccessible", true);
        return body;
    }

    static Map<String, Object> space(String centre, String name, int capacity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("centreId", centre);
        body.put("name", name);
        body.put("capacity", capacity);
        return body;
    }

    static String id(Api.Response created) {
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    static List<String> ids(Api.Response list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json()
                .get("items")
                .valueStream()
                .map(s -> s.get("id").asString())
                .toList();
    }

    static List<String> names(JsonNode list) {
        return list.get("items")
                .valueStream()
                .map(s -> s.get("name").asString())
                .toList();
    }
}
