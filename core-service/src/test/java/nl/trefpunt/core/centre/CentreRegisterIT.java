package nl.trefpunt.core.centre;

import static nl.trefpunt.platform.test.ProblemAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.ServiceIntegrationTest;
import nl.trefpunt.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The centre register over real HTTP, as a municipality's people use it through the gateway. */
@ServiceIntegrationTest
class CentreRegisterIT {

    static final String CENTRES = "/api/v1/centres";

    @LocalServerPort
    int port;

    Api admin;

    @BeforeEach
    void provisionArnhem() {
        provision(port, "arnhem");
        admin = Api.on(port)
                .as(TestTokens.member("arnhem", "municipality-admin"))
                .tenant("arnhem");
    }

    @Test
    void registersACentreAndAnswersWithWhereItLives() {
        Api.Response created = admin.post(CENTRES, wasplaats());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("API-Version")).isEqualTo("1.0.0");
        JsonNode centre = created.json();
        String id = centre.get("id").asString();
        assertThat(created.header("Location")).endsWith(CENTRES + "/" + id);
        assertThat(centre.get("name").asString()).isEqualTo("De Wasplaats");
        assertThat(centre.get("type").asString()).isEqualTo("buurthuis");
        assertThat(centre.at("/address/street").asString()).isEqualTo("Wasplaats");
        assertThat(centre.at("/address/houseNumber").asString()).isEqualTo("1a");
        assertThat(centre.at("/address/postcode").asString()).isEqualTo("6828 CX");
        assertThat(centre.at("/address/city").asString()).isEqualTo("Arnhem");
        assertThat(centre.get("districtCode").asString()).isEqualTo("WK020201");
        assertThat(centre.get("neighbourhoodCode").asString()).isEqualTo("BU02020101");
        assertThat(centre.get("rentsOutRooms").asBoolean()).isTrue();
        assertThat(centre.get("createdAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");

        Api.Response read = admin.get(CENTRES + "/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("API-Version")).isEqualTo("1.0.0");
        assertThat(read.json()).isEqualTo(centre);
    }

    @Test
    void locationKeepsThePathPrefixTheGatewayStripped() {
        Api.Response created = admin.header("X-Forwarded-Prefix", "/arnhem").post(CENTRES, wasplaats());

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location"))
                .endsWith("/arnhem" + CENTRES + "/" + created.json().get("id").asString());
    }

    @Test
    void registersACentreThatHasNoBuildingYet() {
        Api.Response created = admin.post(CENTRES, Map.of("name", "Huiskamer Kerkelanden", "type", "huiskamer"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().has("address")).isFalse();
        assertThat(created.json().has("districtCode")).isFalse();
        assertThat(created.json().has("neighbourhoodCode")).isFalse();
        assertThat(created.json().get("rentsOutRooms").asBoolean()).isFalse();
    }

    @Test
    void textPostgresCannotTakeIsRefusedNamingTheField() {
        String unique = java.util.UUID.randomUUID().toString();
        Map<String, Object> nulInName = centre("Nul\u0000" + unique, "buurthuis");
        Map<String, Object> nulInStreet = centre("Nulstraat " + unique, "buurthuis");
        nulInStreet.put(
                "address",
                Map.of("street", "Wasplaats\u0000", "houseNumber", "1", "postcode", "6828CX", "city", "Arnhem"));

        assertInvalid(admin.post(CENTRES, nulInName), "name");
        assertInvalid(admin.post(CENTRES, nulInStreet), "address.street");
        assertInvalid(admin.get(CENTRES + "?name=a%00b"), "name");
        assertThat(ids(admin.get(CENTRES + "?name=" + unique))).isEmpty();
    }

    @Test
    void searchesByPartOfTheNameInAnyCaseAndByType() {
        String lommerd = id(admin.post(CENTRES, centre("De Lommerd", "buurthuis")));
        String symfonie = id(admin.post(CENTRES, centre("Wijkcentrum Symfonie", "wijkcentrum")));
        String schaarsbergen = id(admin.post(CENTRES, centre("Dorpshuis Schaarsbergen", "dorpshuis")));

        assertThat(ids(admin.get(CENTRES + "?name=LOMMERD"))).containsExactly(lommerd);
        assertThat(ids(admin.get(CENTRES + "?name=symf"))).containsExactly(symfonie);
        assertThat(ids(admin.get(CENTRES + "?type=dorpshuis")))
                .contains(schaarsbergen)
                .doesNotContain(lommerd);
        assertThat(ids(admin.get(CENTRES + "?name=schaars&type=buurthuis"))).isEmpty();
        assertThat(ids(admin.get(CENTRES))).contains(lommerd, symfonie, schaarsbergen);
    }

    @Test
    void searchTreatsWildcardsAsPlainCharacters() {
        String percent = id(admin.post(CENTRES, centre("Buurthuis 100% Malburgen", "buurthuis")));
        admin.post(CENTRES, centre("Buurthuis 1000 Malburgen", "buurthuis"));

        assertThat(ids(admin.get(CENTRES + "?name=100%25"))).containsExactly(percent);
        assertThat(ids(admin.get(CENTRES + "?name=_"))).isEmpty();
    }

    @Test
    void pagesThroughTheCentresOrderedByName() {
        provision(port, "ede");
        Api ede = Api.on(port).as(TestTokens.member("ede", "backoffice-staff")).tenant("ede");
        for (String name : List.of("Elim", "de Bosrand", "Akker", "Cultuurhuis", "Bennekom")) {
            assertThat(ede.post(CENTRES, centre(name, "buurthuis")).status()).isEqualTo(201);
        }

        JsonNode first = ede.get(CENTRES + "?pageSize=2").json();
        assertThat(names(first)).containsExactly("Akker", "Bennekom");
        assertThat(first.at("/paging/page").asInt()).isEqualTo(1);
        assertThat(first.at("/paging/pageSize").asInt()).isEqualTo(2);
        assertThat(first.at("/paging/totalItems").asLong()).isEqualTo(5);
        assertThat(first.at("/paging/totalPages").asLong()).isEqualTo(3);
        assertThat(names(ede.get(CENTRES + "?pageSize=2&page=2").json())).containsExactly("Cultuurhuis", "de Bosrand");
        assertThat(names(ede.get(CENTRES + "?pageSize=2&page=3").json())).containsExactly("Elim");
        assertThat(names(ede.get(CENTRES + "?pageSize=2&page=4").json())).isEmpty();
        assertThat(ede.get(CENTRES).json().at("/paging/pageSize").asInt()).isEqualTo(20);
    }

    @Test
    void rejectsPagingOutsideItsLimits() {
        assertInvalid(admin.get(CENTRES + "?pageSize=101"), "pageSize");
        assertInvalid(admin.get(CENTRES + "?pageSize=0"), "pageSize");
        assertInvalid(admin.get(CENTRES + "?page=0"), "page");
        assertInvalid(admin.get(CENTRES + "?page=twee"), "page");
        assertInvalid(admin.get(CENTRES + "?page=99999999999"), "page");
        assertInvalid(admin.get(CENTRES + "?type=Buurt%20huis"), "type");
    }

    @Test
    void rejectsBlankNameAndBadPostcodeNamingBothFields() {
        long before = total(admin.get(CENTRES));
        Map<String, Object> body = wasplaats();
        body.put("name", "  ");
        ((Map<String, Object>) body.get("address")).put("postcode", "68281 CX");

        Api.Response response = admin.post(CENTRES, body);

        assertInvalid(response, "name", "address.postcode");
        assertThat(total(admin.get(CENTRES))).isEqualTo(before);
    }

    @Test
    void rejectsAnIncompleteAddress() {
        Map<String, Object> body = wasplaats();
        body.put("address", Map.of("street", "Wasplaats"));

        assertInvalid(admin.post(CENTRES, body), "address.city", "address.houseNumber", "address.postcode");
    }

    @Test
    void rejectsCbsCodesOfTheWrongShape() {
        Map<String, Object> body = wasplaats();
        body.put("districtCode", "GM0202");
        body.put("neighbourhoodCode", "BU020201");

        assertInvalid(admin.post(CENTRES, body), "districtCode", "neighbourhoodCode");
    }

    @Test
    void rejectsANeighbourhoodOutsideItsDistrict() {
        Map<String, Object> body = wasplaats();
        body.put("neighbourhoodCode", "BU02020301");

        assertInvalid(admin.post(CENTRES, body), "neighbourhoodCode");
    }

    @Test
    void rejectsAnEmptyObjectNamingTheRequiredFields() {
        assertInvalid(admin.post(CENTRES, "{}"), "name", "type");
    }

    @Test
    void rejectsMalformedJsonAndJsonOfAnotherShape() {
        for (String body : List.of(
                "{\"name\": \"De Wasplaats\",",
                "[\"De Wasplaats\"]",
                "\"De Wasplaats\"",
                "{\"name\": {\"nl\": \"x\"}}",
                "")) {
            Api.Response response = admin.postRaw(CENTRES, "application/json", body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.header("API-Version")).isEqualTo("1.0.0");
        }
    }

    @Test
    void rejectsAMalformedCentreId() {
        assertInvalid(admin.get(CENTRES + "/de-wasplaats"), "centreId");
    }

    @Test
    void unknownCentreIsNotFound() {
        Api.Response response = admin.get(CENTRES + "/0b5cd1c8-5b34-4c2b-9a8c-2f4f0c7f8d11");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("API-Version")).isEqualTo("1.0.0");
        assertThat(response.json().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void municipalityStaffBackOfficeAndServicesMayRegister() {
        for (String token : List.of(
                TestTokens.member("arnhem", "municipality-staff"),
                TestTokens.member("arnhem", "backoffice-staff"),
                TestTokens.platformAdmin(),
                TestTokens.service())) {
            Api.Response response = Api.on(port).as(token).tenant("arnhem").post(CENTRES, centre("De Overkant", "mfc"));
            assertThat(response.status()).as(response.toString()).isEqualTo(201);
        }
    }

    @Test
    void hirersAndCentreManagersMayReadButNotRegister() {
        for (String role : List.of("hirer", "centre-manager")) {
            Api member = Api.on(port).as(TestTokens.member("arnhem", role)).tenant("arnhem");

            Api.Response refused = member.post(CENTRES, centre("Buurthuis van " + role, "buurthuis"));
            assertThat(refused.status()).as(role).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.header("API-Version")).isEqualTo("1.0.0");

            Api.Response list = member.get(CENTRES + "?name=" + "Buurthuis%20van%20" + role);
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.json().get("items").size()).isZero();
        }
    }

    @Test
    void requestWithoutTokenIsUnauthorised() {
        Api.Response response = Api.on(port).tenant("arnhem").get(CENTRES);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("API-Version")).isEqualTo("1.0.0");
    }

    static void provision(int port, String tenant) {
        Api.Response response = Api.on(port).as(TestTokens.service()).put("/internal/tenants/" + tenant, "");
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
    }

    static Map<String, Object> wasplaats() {
        Map<String, Object> body = centre("De Wasplaats", "buurthuis");
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("street", "Wasplaats");
        address.put("houseNumber", "1a");
        address.put("postcode", "6828cx");
        address.put("city", "Arnhem");
        body.put("address", address);
        body.put("districtCode", "WK020201");
        body.put("neighbourhoodCode", "BU02020101");
        body.put("rentsOutRooms", true);
        return body;
    }

    static Map<String, Object> centre(String name, String type) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("type", type);
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
                .map(c -> c.get("id").asString())
                .toList();
    }

    static long total(Api.Response list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json().at("/paging/totalItems").asLong();
    }

    static List<String> names(JsonNode list) {
        return list.get("items")
                .valueStream()
                .map(c -> c.get("name").asString())
                .toList();
    }
}
