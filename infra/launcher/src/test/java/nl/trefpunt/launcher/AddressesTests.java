package nl.trefpunt.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Only the gateway may be reachable from other machines: what the launcher tells each part about
 * the address it listens on, and how it reaches it.
 */
class AddressesTests {

    private static final Ports PORTS = new Ports(9080, 9081, 9082, 9083, 9180, 6543);
    private static final URI KEYCLOAK = URI.create("http://localhost:9180");

    private static PlatformSettings settings(Addresses addresses) {
        return PlatformSettings.forProject(Path.of("/srv/trefpunt"))
                .withPorts(PORTS)
                .withAddresses(addresses);
    }

    @Test
    void byDefaultOnlyTheGatewayListensOnEveryInterface() {
        Addresses addresses = Addresses.fromEnvironment(name -> null);

        assertThat(addresses).isEqualTo(new Addresses("0.0.0.0", "127.0.0.1"));
        assertThat(Addresses.reachableFromOutside(addresses.gateway())).isTrue();
        assertThat(Addresses.reachableFromOutside(addresses.keycloak())).isFalse();
    }

    @Test
    void theServicesListenOnTheLoopbackAddressWhateverTheGatewayDoes() {
        PlatformSettings settings = settings(new Addresses("0.0.0.0", "0.0.0.0"));

        for (PlatformService service : List.of(
                PlatformService.TENANT_SERVICE, PlatformService.CORE_SERVICE, PlatformService.RESERVATION_SERVICE)) {
            Map<String, Object> properties = ServiceConfiguration.properties(service, settings, KEYCLOAK);
            assertThat(properties).as(service.module()).containsEntry("server.address", "127.0.0.1");
        }
        assertThat(ServiceConfiguration.properties(PlatformService.GATEWAY, settings, KEYCLOAK))
                .containsEntry("server.address", "0.0.0.0");
    }

    @Test
    void thePartsReachEachOtherOnTheLoopbackAddressAndBrowsersKeepKeycloaksPublicUrl() {
        Map<String, Object> core =
                ServiceConfiguration.properties(PlatformService.CORE_SERVICE, settings(Addresses.defaults()), KEYCLOAK);

        assertThat(core)
                .containsEntry("spring.datasource.url", "jdbc:postgresql://127.0.0.1:6543/trefpunt_core")
                .containsEntry("trefpunt.services.tenant-url", "http://127.0.0.1:9081")
                .containsEntry("trefpunt.services.reservation-url", "http://127.0.0.1:9083")
                // the issuer in the tokens is the URL the browser logged in at
                .containsEntry("trefpunt.keycloak.url", "http://localhost:9180")
                .containsEntry(
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri",
                        "http://localhost:9180/realms/trefpunt");
    }

    @Test
    void aGatewayKeptOnThisMachineListensOnTheLoopbackAddressOnly() {
        PlatformSettings settings = settings(Addresses.fromEnvironment(Map.of("gateway", "127.0.0.1")::get));

        assertThat(ServiceConfiguration.properties(PlatformService.GATEWAY, settings, KEYCLOAK))
                .containsEntry("server.address", "127.0.0.1");
        assertThat(Summary.exposure(settings)).contains("gateway only on this machine");
    }

    @Test
    void keycloakListensWhereItIsToldAndOnTheLoopbackAddressByDefault() {
        Path home = Path.of("/opt/keycloak");

        assertThat(KeycloakServer.command(home, 9180, Addresses.defaults().keycloak(), false))
                .containsExactly(
                        home.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--http-host=127.0.0.1",
                        "--http-port=9180",
                        "--import-realm");
        assertThat(KeycloakServer.command(home, 9180, "0.0.0.0", false)).contains("--http-host=0.0.0.0");
    }

    @Test
    void theLauncherReachesAGatewayOnEveryInterfaceThroughTheLoopbackAddress() {
        assertThat(Addresses.reachableHost("0.0.0.0")).isEqualTo("127.0.0.1");
        assertThat(Addresses.reachableHost("::")).isEqualTo("127.0.0.1");
        assertThat(Addresses.reachableHost("192.168.10.4")).isEqualTo("192.168.10.4");
        assertThat(Addresses.reachableHost("::1")).isEqualTo("[::1]");
    }

    @Test
    void saysWhatIsReachableFromOtherMachines() {
        assertThat(Summary.exposure(settings(Addresses.defaults())))
                .contains("gateway from other machines too (0.0.0.0:9080")
                .contains("Keycloak only on this machine")
                .contains("the services and PostgreSQL only on this machine");
        assertThat(Summary.exposure(settings(new Addresses("0.0.0.0", "0.0.0.0"))))
                .contains("Keycloak from other machines too")
                .contains("admin console");
    }

    @Test
    void refusesAHostNameOrSomethingElseThatIsNoIpAddress() {
        assertThatThrownBy(() -> Addresses.fromEnvironment(Map.of("gateway", "my-laptop.local")::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gateway")
                .hasMessageContaining("my-laptop.local");
        assertThatThrownBy(() -> Addresses.fromEnvironment(Map.of("keycloak", "0.0.0.0; rm -rf /")::get))
                .hasMessageContaining("keycloak");
    }
}
