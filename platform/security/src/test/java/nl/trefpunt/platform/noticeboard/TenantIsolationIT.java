package nl.trefpunt.platform.noticeboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.trefpunt.platform.tenancy.NoTenantException;
import nl.trefpunt.platform.tenancy.TenantContext;
import nl.trefpunt.platform.tenancy.TenantId;
import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.ServiceIntegrationTest;
import nl.trefpunt.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServiceIntegrationTest
class TenantIsolationIT {

    @LocalServerPort
    int port;

    @Autowired
    Notices notices;

    Api api;

    @BeforeEach
    void provisionTwoMunicipalities() {
        api = Api.on(port);
        for (String tenant : List.of("arnhem", "oss")) {
            assertThat(api.as(TestTokens.service())
                            .put("/internal/tenants/" + tenant, "")
                            .status())
                    .isIn(200, 201);
        }
    }

    @Test
    void everyReadListAndSearchReturnsOnlyTheCallersOwnRows() {
        Api arnhem = api.as(TestTokens.member("arnhem", "municipality-admin")).tenant("arnhem");
        Api oss = api.as(TestTokens.member("oss", "municipality-admin")).tenant("oss");
        String arnhemNotice = arnhem.post("/api/v1/notices", new Text("Koffieochtend in De Wasplaats"))
                .json()
                .get("id")
                .asString();
        String ossNotice = oss.post("/api/v1/notices", new Text("Repair café in De Bongerd"))
                .json()
                .get("id")
                .asString();

        assertThat(texts(arnhem.get("/api/v1/notices").json())).containsExactly("Koffieochtend in De Wasplaats");
        assertThat(texts(oss.get("/api/v1/notices").json())).containsExactly("Repair café in De Bongerd");
        assertThat(texts(arnhem.get("/api/v1/notices?query=caf").json())).isEmpty();
        assertThat(texts(oss.get("/api/v1/notices?query=caf").json())).containsExactly("Repair café in De Bongerd");

        assertThat(arnhem.get("/api/v1/notices/" + arnhemNotice).status()).isEqualTo(200);
        Api.Response foreign = arnhem.get("/api/v1/notices/" + ossNotice);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(foreign.body()).doesNotContain("Bongerd");
    }

    @Test
    void requestWithoutTenantFailsClosed() {
        Api.Response response =
                api.as(TestTokens.member("arnhem", "municipality-admin")).get("/api/v1/notices");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("title").asString()).isEqualTo("Gemeente ontbreekt");
    }

    @Test
    void tenantHeaderThatDisagreesWithTheTokenIsRejected() {
        Api.Response response = api.as(TestTokens.member("arnhem", "municipality-admin"))
                .tenant("oss")
                .get("/api/v1/notices");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void twoTenantHeadersAreRejected() {
        Api.Response response = api.as(TestTokens.platformAdmin())
                .tenant("arnhem")
                .tenant("oss")
                .get("/api/v1/notices");

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void platformAdminMayEnterEveryTenant() {
        assertThat(api.as(TestTokens.platformAdmin())
                        .tenant("oss")
                        .get("/api/v1/notices")
                        .status())
                .isEqualTo(200);
        assertThat(api.as(TestTokens.platformAdmin())
                        .tenant("arnhem")
                        .get("/api/v1/notices")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void unknownTenantIsNotFound() {
        Api.Response response =
                api.as(TestTokens.platformAdmin()).tenant("zwolle").get("/api/v1/notices");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("title").asString()).isEqualTo("Gemeente niet gevonden");
    }

    @Test
    void malformedTenantIsBadInput() {
        Api.Response response =
                api.as(TestTokens.platformAdmin()).tenant("Arnhem;drop").get("/api/v1/notices");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void requestWithoutTokenIsUnauthorised() {
        Api.Response response = api.tenant("arnhem").get("/api/v1/notices");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void expiredTokenIsUnauthorised() {
        String expired = TestTokens.token("user-arnhem", List.of("arnhem"), List.of("hirer"), -120);

        assertThat(api.as(expired).tenant("arnhem").get("/api/v1/notices").status())
                .isEqualTo(401);
    }

    @Test
    void tokenSignedByAnotherKeyIsUnauthorised() {
        String token = TestTokens.member("arnhem", "hirer");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";

        assertThat(api.as(forged).tenant("arnhem").get("/api/v1/notices").status())
                .isEqualTo(401);
    }

    @Test
    void tenantDataCannotBeReachedWithoutATenant() {
        assertThatThrownBy(() -> notices.findAll()).hasRootCauseInstanceOf(NoTenantException.class);
        assertThat(TenantContext.callAs(TenantId.of("arnhem"), () -> notices.count()))
                .isGreaterThanOrEqualTo(0);
    }

    private static List<String> texts(JsonNode list) {
        return list.valueStream().map(n -> n.get("text").asString()).toList();
    }

    record Text(String text) {}
}
