package nl.trefpunt.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

/** Tenants for a service under test, provisioned as tenant-service does it. */
public final class TestTenants {

    private TestTenants() {}

    /** {@code PUT /internal/tenants/{slug}} with a service token, for each tenant; 200 or 201 expected. */
    public static void provision(int port, String... tenants) {
        for (String tenant : tenants) {
            Api.Response provisioned = Api.on(port).as(TestTokens.service()).put("/internal/tenants/" + tenant, "");
            assertThat(provisioned.status()).as(provisioned.toString()).isIn(200, 201);
        }
    }
}
