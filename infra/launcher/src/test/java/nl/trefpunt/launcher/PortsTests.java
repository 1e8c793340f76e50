package nl.trefpunt.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortsTests {

    @Test
    void takesEachPortFromItsSettingAndKeepsTheRestAtTheAgreedDefaults() {
        Map<String, String> settings = Map.of("gateway", "9080", "postgres", "6543");

        Ports ports = Ports.fromEnvironment(settings::get);

        assertThat(ports).isEqualTo(new Ports(9080, 8081, 8082, 8083, 8180, 6543));
    }

    @Test
    void rejectsSomethingThatIsNotAPortNumber() {
        Map<String, String> settings = Map.of("keycloak", "80800");

        assertThatThrownBy(() -> Ports.fromEnvironment(settings::get))
                .hasMessageContaining("keycloak")
                .hasMessageContaining("80800");
    }

    @Test
    void namesEveryTakenPortAndTheSettingThatMovesIt() throws IOException {
        try (ServerSocket first = new ServerSocket();
                ServerSocket second = new ServerSocket()) {
            first.bind(new InetSocketAddress(0));
            second.bind(new InetSocketAddress(0));
            Ports free = Ports.free();
            Ports ports = new Ports(
                    first.getLocalPort(),
                    free.tenantService(),
                    free.coreService(),
                    free.reservationService(),
                    second.getLocalPort(),
                    free.postgres());

            assertThatThrownBy(ports::requireAllFree)
                    .isInstanceOf(Ports.PortsTaken.class)
                    .hasMessageContaining("port " + first.getLocalPort() + " for gateway (TREFPUNT_GATEWAY_PORT)")
                    .hasMessageContaining("port " + second.getLocalPort() + " for Keycloak (TREFPUNT_KEYCLOAK_PORT)")
                    .hasMessageNotContaining("port " + free.tenantService());
        }
    }

    @Test
    void freePortsAreDistinctFreeAndBelowTheEphemeralRange() {
        Ports ports = Ports.free();

        assertThat(ports.byUser().values())
                .doesNotHaveDuplicates()
                .allMatch(Ports::isFree)
                .allMatch(port -> port >= 10_000 && port < Ports.ephemeralRange()[0]);
    }

    @Test
    void readsTheEphemeralRangeLinuxPublishes() throws IOException {
        Path published = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        assumeTrue(Files.isReadable(published), "not Linux: the IANA range is assumed");
        String[] range = Files.readAllLines(published).get(0).trim().split("\\s+");

        assertThat(Ports.ephemeralRange())
                .containsExactly(Math.max(Integer.parseInt(range[0]), 20_000), Integer.parseInt(range[1]));
    }
}
