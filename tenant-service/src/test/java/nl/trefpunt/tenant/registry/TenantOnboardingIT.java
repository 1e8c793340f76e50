package nl.trefpunt.tenant.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.ServiceIntegrationTest;
import nl.trefpunt.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@ServiceIntegrationTest
class TenantOnboardingIT extends WithStubbedNeighbours {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @AfterEach
    void neighboursBackToNormal() {
        RESERVATION.up();
        CORE.recover();
        KEYCLOAK.recover();
    }

    private Api admin() {
        return Api.on(port).as(TestTokens.platformAdmin());
    }

    private static Map<String, String> tenant(String name, String gemeentecode) {
        return Map.of("name", name, "gemeentecode", gemeentecode);
    }

    @Test
    void onboardingRecordsTheTenantAndProvisionsItEverywhere() {
        Api.Response response = admin().put("/api/v1/tenants/arnhem", tenant("Gemeente Arnhem", "GM0202"));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode body = response.json();
        assertThat(body.get("slug").asString()).isEqualTo("arnhem");
        assertThat(body.get("name").asString()).isEqualTo("Gemeente Arnhem");
        assertThat(body.get("gemeentecode").asString()).isEqualTo("GM0202");
        assertThat(body.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(body.get("placement").asString()).isEqualTo("default");
        assertThat(body.get("provisioning").get("complete").asBoolean()).isTrue();
        assertThat(response.header("API-Version")).isEqualTo("1.0.0");

        // Its own schema here, migrated by platform-tenancy.
        assertThat(jdbc().sql("select count(*) from information_schema.schemata where schema_name = 'tenant_arnhem'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc().sql("select count(*) from trefpunt_platform.tenant_schema where tenant = 'arnhem'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // Both services, over HTTP, with a client-credentials token Keycloak issued.
        for (var service : List.of(CORE, RESERVATION)) {
            assertThat(service.hasProvisioned("arnhem")).isTrue();
            var call = service.received().stream()
                    .filter(r -> r.path().equals("/internal/tenants/arnhem"))
                    .findFirst()
                    .orElseThrow();
            assertThat(call.method()).isEqualTo("PUT");
            assertThat(call.authorization()).startsWith("Bearer ");
            assertThat(KEYCLOAK.issuedToken(call.authorization().substring(7))).isTrue();
        }

        // The Keycloak organization, alias = slug.
        assertThat(KEYCLOAK.organizationsWithAlias("arnhem"))
                .singleElement()
                .satisfies(organization -> assertThat(organization.name()).isEqualTo("Gemeente Arnhem"));

        // The gateway now sees it.
        Api.Response internal = Api.on(port).as(TestTokens.service()).get("/internal/tenants/arnhem");
        assertThat(internal.status()).isEqualTo(200);
        assertThat(internal.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(internal.json().get("gemeentecode").asString()).isEqualTo("GM0202");
    }

    @Test
    void onboardingTwiceChangesNothing() {
        Api.Response first = admin().put("/api/v1/tenants/oss", tenant("Gemeente Oss", "GM0828"));
        long versionAfterFirst = versionOf("oss");
        Api.Response second = admin().put("/api/v1/tenants/oss", tenant("Gemeente Oss", "GM0828"));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.json().get("updatedAt")).isEqualTo(first.json().get("updatedAt"));
        assertThat(versionOf("oss")).as("the record is not rewritten").isEqualTo(versionAfterFirst);
        assertThat(jdbc().sql("select count(*) from tenant_registry.tenant where slug = 'oss'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(KEYCLOAK.organizationsWithAlias("oss")).hasSize(1);
        assertThat(CORE.hasProvisioned("oss")).isTrue();
        assertThat(RESERVATION.hasProvisioned("oss")).isTrue();
    }

    @Test
    void changedDetailsAreTakenOverAndTheOrganizationRenamed() {
        admin().put("/api/v1/tenants/bergen-nh", tenant("Gemeente Bergen", "GM0373"));

        Api.Response renamed = admin().put(
                        "/api/v1/tenants/bergen-nh",
                        Map.of("name", "Gemeente Bergen (NH)", "gemeentecode", "GM0373", "placement", "cluster-noord"));

        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).isEqualTo("Gemeente Bergen (NH)");
        assertThat(renamed.json().get("placement").asString()).isEqualTo("cluster-noord");
        assertThat(KEYCLOAK.organizationsWithAlias("bergen-nh"))
                .singleElement()
                .satisfies(organization -> assertThat(organization.name()).isEqualTo("Gemeente Bergen (NH)"));

        // Leaving the placement out keeps it: a rerun of a seeding script moves nobody back.
        Api.Response rerun = admin().put("/api/v1/tenants/bergen-nh", tenant("Gemeente Bergen (NH)", "GM0373"));
        assertThat(rerun.json().get("placement").asString()).isEqualTo("cluster-noord");
    }

    @Test
    void accessibilityContactIsKeptWhenLeftOutReplacedWhenGivenAndRemovedWhenEmpty() {
        Api.Response created = admin().put(
                        "/api/v1/tenants/almelo",
                        withContact(
                                "Gemeente Almelo",
                                "GM0141",
                                "toegankelijkheid@almelo.example",
                                "https://almelo.example/toegankelijkheid"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("accessibilityEmail").asString()).isEqualTo("toegankelijkheid@almelo.example");
        Api.Response internal = Api.on(port).as(TestTokens.service()).get("/internal/tenants/almelo");
        assertThat(internal.json().get("accessibilityEmail").asString()).isEqualTo("toegankelijkheid@almelo.example");
        assertThat(internal.json().get("accessibilityUrl").asString())
                .isEqualTo("https://almelo.example/toegankelijkheid");

        long version = versionOf("almelo");
        Api.Response rerun = admin().put("/api/v1/tenants/almelo", tenant("Gemeente Almelo", "GM0141"));
        assertThat(rerun.status()).isEqualTo(200);
        assertThat(rerun.json().get("accessibilityUrl").asString())
                .isEqualTo("https://almelo.example/toegankelijkheid");
        assertThat(versionOf("almelo")).as("nothing changed").isEqualTo(version);

        Api.Response emailOnly = admin().put(
                        "/api/v1/tenants/almelo",
                        withContact("Gemeente Almelo", "GM0141", "meldpunt@almelo.example", null));
        assertThat(emailOnly.json().get("accessibilityEmail").asString()).isEqualTo("meldpunt@almelo.example");
        assertThat(emailOnly.json().get("accessibilityUrl").isNull()).isTrue();

        Api.Response removed = admin().put("/api/v1/tenants/almelo", withContact("Gemeente Almelo", "GM0141", "", ""));
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().get("accessibilityEmail").isNull()).isTrue();
        assertThat(Api.on(port)
                        .as(TestTokens.service())
                        .get("/internal/tenants/almelo")
                        .json()
                        .get("accessibilityUrl")
                        .isNull())
                .isTrue();
    }

    private static Map<String, Object> withContact(String name, String gemeentecode, String email, String url) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(tenant(name, gemeentecode));
        body.put("accessibilityEmail", email);
        body.put("accessibilityUrl", url);
        return body;
    }

    @Test
    void rejectsInvalidInputPerField() {
        assertInvalid(admin().put("/api/v1/tenants/Arnhem!", tenant("Gemeente Arnhem", "GM0202")), "tenant");
        assertInvalid(admin().put("/api/v1/tenants/zwolle", tenant("Gemeente Zwolle", "0193")), "gemeentecode");
        assertInvalid(admin().put("/api/v1/tenants/zwolle", tenant("Gemeente Zwolle", "GM01934")), "gemeentecode");
        assertInvalid(admin().put("/api/v1/tenants/zwolle", tenant("  ", "GM0193")), "name");
        assertInvalid(admin().put("/api/v1/tenants/zwolle", Map.of("gemeentecode", "GM0193")), "name");
        assertInvalid(
                admin().put(
                                "/api/v1/tenants/zwolle",
                                Map.of("name", "Gemeente Zwolle", "gemeentecode", "GM0193", "placement", "Cluster 2!")),
                "placement");
        for (String notAnAddress : new String[] {"geen adres", "@zwolle.example", "a@b@c", "x".repeat(250) + "@z.nl"}) {
            assertInvalid(
                    admin().put("/api/v1/tenants/zwolle", withContact("Gemeente Zwolle", "GM0193", notAnAddress, null)),
                    "accessibilityEmail");
        }
        for (String notAWebPage : new String[] {
            "zwolle.example/toegankelijkheid",
            "javascript:alert(1)",
            "ftp://zwolle.example",
            "https://",
            "https://a b.nl",
            "https://zwolle.example/" + "x".repeat(500)
        }) {
            assertInvalid(
                    admin().put("/api/v1/tenants/zwolle", withContact("Gemeente Zwolle", "GM0193", null, notAWebPage)),
                    "accessibilityUrl");
        }

        Api.Response malformed = admin().put("/api/v1/tenants/zwolle", "{not json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        assertThat(jdbc().sql("select count(*) from tenant_registry.tenant where slug = 'zwolle'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void onlyThePlatformOnboards() {
        Api.Response municipalityAdmin = Api.on(port)
                .as(TestTokens.member("leiden", "municipality-admin"))
                .put("/api/v1/tenants/leiden", tenant("Gemeente Leiden", "GM0546"));
        assertThat(municipalityAdmin.status()).isEqualTo(403);
        assertThat(municipalityAdmin.contentType()).startsWith("application/problem+json");

        assertThat(Api.on(port)
                        .put("/api/v1/tenants/leiden", tenant("Gemeente Leiden", "GM0546"))
                        .status())
                .isEqualTo(401);
        assertThat(jdbc().sql("select count(*) from tenant_registry.tenant where slug = 'leiden'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(KEYCLOAK.organizationsWithAlias("leiden")).isEmpty();
    }

    @Test
    void aGemeentecodeBelongsToOneTenant() {
        admin().put("/api/v1/tenants/delft", tenant("Gemeente Delft", "GM0503"));

        Api.Response duplicate = admin().put("/api/v1/tenants/delft-2", tenant("Gemeente Delft 2", "GM0503"));

        assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
        assertThat(duplicate.json().get("detail").asString()).contains("GM0503").contains("delft");
    }

    @Test
    void anUnreachableServiceLeavesTheTenantRecordedAsIncompleteAndARetryCompletesIt() {
        RESERVATION.down();

        Api.Response failed = admin().put("/api/v1/tenants/hilversum", tenant("Gemeente Hilversum", "GM0402"));

        assertThat(failed.status()).as(failed.toString()).isEqualTo(503);
        assertThat(failed.contentType()).startsWith("application/problem+json");
        assertThat(failed.header("Retry-After")).isNotBlank();
        assertThat(failed.json().get("outstanding").toString()).isEqualTo("[\"reservation-service\"]");
        assertThat(failed.json().get("detail").asString()).contains("reservation-service");
        // Nothing is lost: the record exists, says what is missing, and the gateway does not route to it yet.
        JsonNode recorded = admin().get("/api/v1/tenants/hilversum").json();
        assertThat(recorded.get("provisioning").get("complete").asBoolean()).isFalse();
        assertThat(recorded.get("provisioning").get("outstanding").toString()).isEqualTo("[\"reservation-service\"]");
        assertThat(Api.on(port)
                        .as(TestTokens.service())
                        .get("/internal/tenants/hilversum")
                        .status())
                .isEqualTo(404);
        assertThat(CORE.hasProvisioned("hilversum")).isTrue();

        RESERVATION.up();
        Api.Response retried = admin().put("/api/v1/tenants/hilversum", tenant("Gemeente Hilversum", "GM0402"));

        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().get("provisioning").get("complete").asBoolean())
                .isTrue();
        assertThat(RESERVATION.hasProvisioned("hilversum")).isTrue();
        assertThat(KEYCLOAK.organizationsWithAlias("hilversum")).hasSize(1);
        assertThat(Api.on(port)
                        .as(TestTokens.service())
                        .get("/internal/tenants/hilversum")
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("ACTIVE");
    }

    @Test
    void aServiceThatAnswersWithAnErrorIsRetriedLikeAnUnreachableOne() {
        CORE.failWith(500);

        Api.Response failed = admin().put("/api/v1/tenants/utrecht", tenant("Gemeente Utrecht", "GM0344"));

        assertThat(failed.status()).as(failed.toString()).isEqualTo(503);
        assertThat(failed.json().get("detail").asString())
                .contains("core-service")
                .contains("500");

        CORE.recover();
        assertThat(admin().put("/api/v1/tenants/utrecht", tenant("Gemeente Utrecht", "GM0344"))
                        .status())
                .isEqualTo(200);
        assertThat(CORE.hasProvisioned("utrecht")).isTrue();
    }

    @Test
    void keycloakFailingLeavesTheOrganizationOutstandingUntilARetry() {
        KEYCLOAK.failAdminWith(503);

        Api.Response failed = admin().put("/api/v1/tenants/zeist", tenant("Gemeente Zeist", "GM0355"));

        assertThat(failed.status()).as(failed.toString()).isEqualTo(503);
        assertThat(failed.json().get("outstanding").toString()).isEqualTo("[\"keycloak-organization\"]");
        assertThat(KEYCLOAK.organizationsWithAlias("zeist")).isEmpty();

        KEYCLOAK.recover();
        assertThat(admin().put("/api/v1/tenants/zeist", tenant("Gemeente Zeist", "GM0355"))
                        .status())
                .isEqualTo(200);
        assertThat(KEYCLOAK.organizationsWithAlias("zeist")).hasSize(1);
    }

    private long versionOf(String slug) {
        return jdbc().sql("select version from tenant_registry.tenant where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    private static void assertInvalid(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> names = response.json()
                .get("invalidParams")
                .valueStream()
                .map(param -> param.get("name").asString())
                .toList();
        assertThat(names).as(response.toString()).contains(field);
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }
}
