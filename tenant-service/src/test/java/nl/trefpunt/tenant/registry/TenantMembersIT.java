package nl.trefpunt.tenant.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.ServiceIntegrationTest;
import nl.trefpunt.platform.test.TestTokens;
import nl.trefpunt.tenant.registry.stubs.KeycloakStub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServiceIntegrationTest
class TenantMembersIT extends WithStubbedNeighbours {

    @LocalServerPort
    int port;

    @BeforeEach
    void onboardTenants() {
        onboard("almere", "Gemeente Almere", "GM0034");
        onboard("breda", "Gemeente Breda", "GM0758");
    }

    private void onboard(String slug, String name, String gemeentecode) {
        Api.Response response = Api.on(port)
                .as(TestTokens.platformAdmin())
                .put("/api/v1/tenants/" + slug, Map.of("name", name, "gemeentecode", gemeentecode));
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
    }

    private static Map<String, Object> person(String email, String firstName, String lastName, String... roles) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("firstName", firstName);
        body.put("lastName", lastName);
        body.put("roles", List.of(roles));
        return body;
    }

    @Test
    void thePlatformEnrolsAMunicipalityAdminWithAnInitialPassword() {
        Map<String, Object> body = person("anouk.devries@almere.nl", "Anouk", "de Vries", "municipality-admin");
        body.put("initialPassword", "Welkom-Almere-2026");

        Api.Response response =
                Api.on(port).as(TestTokens.platformAdmin()).put("/api/v1/tenants/almere/members/anouk", body);

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().get("accountCreated").asBoolean()).isTrue();
        assertThat(response.json().get("roles").toString()).contains("municipality-admin");
        assertThat(response.body()).doesNotContain("Welkom-Almere-2026");
        KeycloakStub.User user = KEYCLOAK.usersNamed("anouk").get(0);
        assertThat(user.email()).isEqualTo("anouk.devries@almere.nl");
        assertThat(user.firstName()).isEqualTo("Anouk");
        assertThat(user.lastName()).isEqualTo("de Vries");
        assertThat(user.password()).isEqualTo("Welkom-Almere-2026");
        assertThat(user.realmRoles()).containsExactly("municipality-admin");
        assertThat(KEYCLOAK.organizationsWithAlias("almere").get(0).members()).contains(user.id());
    }

    @Test
    void enrollingTwiceChangesNothing() {
        Api admin = Api.on(port).as(TestTokens.platformAdmin());
        Map<String, Object> body = person("sem.jansen@almere.nl", "Sem", "Jansen", "municipality-staff");

        Api.Response first = admin.put("/api/v1/tenants/almere/members/sem", body);
        Api.Response second = admin.put("/api/v1/tenants/almere/members/sem", body);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.json().get("accountCreated").asBoolean()).isFalse();
        assertThat(second.json().get("granted").size()).isZero();
        assertThat(KEYCLOAK.usersNamed("sem")).hasSize(1);
        assertThat(KEYCLOAK.organizationsWithAlias("almere").get(0).members())
                .containsOnlyOnce(KEYCLOAK.usersNamed("sem").get(0).id());
    }

    @Test
    void aMunicipalityAdminEnrolsPeopleOfTheirOwnTenant() {
        Api.Response response = Api.on(port)
                .as(TestTokens.member("almere", "municipality-admin"))
                .put(
                        "/api/v1/tenants/almere/members/lotte",
                        person("lotte.bakker@almere.nl", "Lotte", "Bakker", "centre-manager", "hirer"));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(KEYCLOAK.usersNamed("lotte").get(0).realmRoles())
                .containsExactlyInAnyOrder("centre-manager", "hirer");
    }

    @Test
    void onlyThePlatformMakesSomeoneAPlatformAdmin() {
        Api.Response response = Api.on(port)
                .as(TestTokens.member("almere", "municipality-admin"))
                .put(
                        "/api/v1/tenants/almere/members/mallory",
                        person("mallory@almere.nl", "Mallory", "Mol", "platform-admin"));

        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(KEYCLOAK.usersNamed("mallory")).isEmpty();
    }

    @Test
    void staffAndOtherTenantsMayNotEnrol() {
        Map<String, Object> body = person("piet@almere.nl", "Piet", "Peters", "hirer");

        assertThat(Api.on(port)
                        .as(TestTokens.member("almere", "municipality-staff"))
                        .put("/api/v1/tenants/almere/members/piet", body)
                        .status())
                .isEqualTo(403);
        assertThat(Api.on(port)
                        .as(TestTokens.member("breda", "municipality-admin"))
                        .put("/api/v1/tenants/almere/members/piet", body)
                        .status())
                .isEqualTo(404);
        assertThat(KEYCLOAK.usersNamed("piet")).isEmpty();
    }

    @Test
    void aMunicipalityAdminCannotTakeOverAnAccountOfAnotherTenant() {
        KeycloakStub.User bredaStaff =
                KEYCLOAK.addUser("joris", "joris@breda.nl", Set.of("municipality-staff"), "breda");

        Api.Response response = Api.on(port)
                .as(TestTokens.member("almere", "municipality-admin"))
                .put(
                        "/api/v1/tenants/almere/members/joris",
                        person("joris@breda.nl", "Joris", "Visser", "municipality-admin"));

        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(KEYCLOAK.usersNamed("joris").get(0).realmRoles()).containsExactly("municipality-staff");
        assertThat(KEYCLOAK.organizationsWithAlias("almere").get(0).members()).doesNotContain(bredaStaff.id());

        // The platform may: a person can work for two municipalities.
        Api.Response byPlatform = Api.on(port)
                .as(TestTokens.platformAdmin())
                .put(
                        "/api/v1/tenants/almere/members/joris",
                        person("joris@breda.nl", "Joris", "Visser", "municipality-staff"));
        assertThat(byPlatform.status()).as(byPlatform.toString()).isEqualTo(201);
        assertThat(byPlatform.json().get("accountCreated").asBoolean()).isFalse();
        assertThat(KEYCLOAK.organizationsWithAlias("almere").get(0).members()).contains(bredaStaff.id());
    }

    /**
     * An Almere admin trying names must not learn who works for Breda, nor who administers the
     * platform: a name of another municipality, a platform administrator's name and an e-mail
     * address already in use all get the answer a taken name gets — the same status, title and
     * text, naming no municipality and not saying which field.
     */
    @Test
    void enrollingSaysNothingAboutAccountsOfOtherMunicipalities() {
        KEYCLOAK.addUser("noor", "noor@breda.nl", Set.of("municipality-admin"), "breda");
        KEYCLOAK.addUser("beheer-platform", "beheer@trefpunt.nl", Set.of("platform-admin"));
        Api almereAdmin = Api.on(port).as(TestTokens.member("almere", "municipality-admin"));

        Api.Response bredaName = almereAdmin.put(
                "/api/v1/tenants/almere/members/noor", person("noor@almere.nl", "Noor", "Dekker", "hirer"));
        Api.Response platformName = almereAdmin.put(
                "/api/v1/tenants/almere/members/beheer-platform", person("beheer@almere.nl", "Bea", "Heer", "hirer"));
        Api.Response bredaAddress = almereAdmin.put(
                "/api/v1/tenants/almere/members/noor-almere", person("noor@breda.nl", "Noor", "Dekker", "hirer"));

        for (Api.Response response : List.of(bredaName, platformName, bredaAddress)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(409);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body())
                    .as(response.toString())
                    .doesNotContainIgnoringCase("breda")
                    .doesNotContainIgnoringCase("andere gemeente")
                    .doesNotContainIgnoringCase("platformbeheerder")
                    .doesNotContain("noor@", "beheer@");
        }
        assertThat(List.of(answer(bredaName), answer(platformName)))
                .containsOnly(answer(bredaAddress))
                .first()
                .isEqualTo(List.of(
                        "409",
                        "Gebruikersnaam of e-mailadres niet beschikbaar",
                        "Kies een andere gebruikersnaam of een ander e-mailadres. Gebruikt deze persoon Trefpunt al,"
                                + " vraag dan platformbeheer het account aan deze gemeente toe te voegen."));
        assertThat(KEYCLOAK.usersNamed("noor-almere")).isEmpty();
        assertThat(KEYCLOAK.organizationsWithAlias("almere").get(0).members())
                .doesNotContain(KEYCLOAK.usersNamed("noor").get(0).id());
    }

    @Test
    void theNeutralAnswerInEnglish() {
        KEYCLOAK.addUser("sanne", "sanne@breda.nl", Set.of("hirer"), "breda");

        Api.Response response = Api.on(port)
                .as(TestTokens.member("almere", "municipality-admin"))
                .header("Cookie", "trefpunt-taal=en")
                .put("/api/v1/tenants/almere/members/sanne", person("sanne@almere.nl", "Sanne", "Kok", "hirer"));

        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.json().get("title").asString()).isEqualTo("Username or e-mail address not available");
        assertThat(response.body()).doesNotContainIgnoringCase("breda");
    }

    private static List<String> answer(Api.Response response) {
        return List.of(
                String.valueOf(response.status()),
                response.json().get("title").asString(),
                response.json().get("detail").asString());
    }

    @Test
    void rejectsInvalidMembersPerField() {
        Api admin = Api.on(port).as(TestTokens.platformAdmin());

        assertInvalid(
                admin.put(
                        "/api/v1/tenants/almere/members/robot",
                        person("robot@almere.nl", "Robot", "Dienst", "platform-service")),
                "roles");
        assertInvalid(
                admin.put("/api/v1/tenants/almere/members/kim", person("geen-adres", "Kim", "Smit", "hirer")), "email");
        assertInvalid(
                admin.put("/api/v1/tenants/almere/members/Kim%20Smit", person("kim@almere.nl", "Kim", "Smit", "hirer")),
                "username");
        Map<String, Object> shortPassword = person("kim@almere.nl", "Kim", "Smit", "hirer");
        shortPassword.put("initialPassword", "kort");
        assertInvalid(admin.put("/api/v1/tenants/almere/members/kim", shortPassword), "initialPassword");
        assertThat(KEYCLOAK.usersNamed("kim")).isEmpty();
    }

    @Test
    void aNameWithANulCharacterIsInvalidInputNotAKeycloakOutage() {
        Api admin = Api.on(port).as(TestTokens.platformAdmin());

        Api.Response nul = admin.put(
                "/api/v1/tenants/almere/members/noor", person("noor@almere.nl", "No\u0000or", "Vos", "hirer"));

        assertInvalid(nul, "firstName");
        assertThat(KEYCLOAK.usersNamed("noor")).isEmpty();
    }

    @Test
    void detailsKeycloakRefusesAreInvalidInputNotAnOutage() {
        Api admin = Api.on(port).as(TestTokens.platformAdmin());

        Api.Response refused = admin.put(
                "/api/v1/tenants/almere/members/noor", person("noor@almere.nl", "Noor (Ans)", "Vos", "hirer"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).doesNotContain("Keycloak");
        assertThat(KEYCLOAK.usersNamed("noor")).isEmpty();
    }

    @Test
    void anOffboardedTenantTakesNoNewMembers() {
        onboard("emmen", "Gemeente Emmen", "GM0114");
        Api admin = Api.on(port).as(TestTokens.platformAdmin());
        admin.post("/api/v1/tenants/emmen/offboarding", "");

        Api.Response response =
                admin.put("/api/v1/tenants/emmen/members/femke", person("femke@emmen.nl", "Femke", "Mulder", "hirer"));

        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(KEYCLOAK.usersNamed("femke")).isEmpty();
    }

    @Test
    void keycloakFailingOrUnreachableIsAClearProblem() {
        Api admin = Api.on(port).as(TestTokens.platformAdmin());
        Map<String, Object> daan = person("daan@breda.nl", "Daan", "Smits", "hirer");
        KEYCLOAK.failAdminWith(503);
        try {
            assertServiceUnavailable(admin.put("/api/v1/tenants/breda/members/daan", daan));
        } finally {
            KEYCLOAK.recover();
        }
        KEYCLOAK.down();
        try {
            assertServiceUnavailable(admin.put("/api/v1/tenants/breda/members/daan", daan));
        } finally {
            KEYCLOAK.up();
        }
        assertThat(KEYCLOAK.usersNamed("daan")).isEmpty();
        assertThat(admin.put("/api/v1/tenants/breda/members/daan", daan).status())
                .isEqualTo(201);
    }

    private static void assertServiceUnavailable(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("Retry-After")).isNotBlank();
        assertThat(response.json().get("detail").asString()).contains("Keycloak");
    }

    private static void assertInvalid(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json()
                        .get("invalidParams")
                        .valueStream()
                        .map(param -> param.get("name").asString())
                        .toList())
                .as(response.toString())
                .anySatisfy(name -> assertThat(name).startsWith(field));
    }
}
