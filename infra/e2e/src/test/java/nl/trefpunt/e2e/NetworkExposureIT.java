package nl.trefpunt.e2e;

import static nl.trefpunt.platform.test.NetworkAddresses.answers;
import static nl.trefpunt.platform.test.NetworkAddresses.externalAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.trefpunt.launcher.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform as the launcher starts it, seen from the network: only the gateway answers on the
 * machine's network address; the services, Keycloak and PostgreSQL answer on the loopback address
 * alone, so nothing reaches a service around the gateway's checks.
 */
@ExtendWith(TrefpuntPlatform.class)
class NetworkExposureIT {

    @Test
    void onlyTheGatewayAnswersOnTheMachinesNetworkAddress(TrefpuntPlatform.Started started) {
        Ports ports = started.platform().settings().ports();
        InetAddress external = externalAddress().orElse(null);
        assumeTrue(external != null, "this machine has no network address besides the loopback one");
        Map<String, Integer> hidden = new LinkedHashMap<>();
        hidden.put("tenant-service", ports.tenantService());
        hidden.put("core-service", ports.coreService());
        hidden.put("reservation-service", ports.reservationService());
        hidden.put("Keycloak", ports.keycloak());
        hidden.put("PostgreSQL", ports.postgres());

        assertThat(answers(external, ports.gateway()))
                .as("gateway on " + external.getHostAddress())
                .isTrue();
        hidden.forEach((part, port) -> {
            assertThat(answers(external, port))
                    .as(part + " on " + external.getHostAddress() + ":" + port)
                    .isFalse();
            assertThat(answers(InetAddress.getLoopbackAddress(), port))
                    .as(part + " on 127.0.0.1:" + port)
                    .isTrue();
        });
    }
}
