package nl.trefpunt.launcher;

import static nl.trefpunt.platform.test.NetworkAddresses.answers;
import static nl.trefpunt.platform.test.NetworkAddresses.externalAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's PostgreSQL, started for real: reachable on this machine, from nowhere else. */
class PostgresServerIT {

    @TempDir
    Path data;

    @Test
    void listensOnTheLoopbackAddressOnly() throws SQLException {
        int port = Ports.free().postgres();
        try (PostgresServer postgres =
                PostgresServer.start(data.resolve("postgres"), port, data.resolve("postgres.log"))) {
            postgres.ensureDatabases(List.of("trefpunt_core"));

            try (Connection connection = DriverManager.getConnection(
                            postgres.jdbcUrl("trefpunt_core"), PostgresServer.USER, PostgresServer.PASSWORD);
                    ResultSet listening = connection.createStatement().executeQuery("show listen_addresses")) {
                listening.next();
                assertThat(listening.getString(1)).isEqualTo("127.0.0.1");
            }

            Optional<InetAddress> external = externalAddress();
            assumeTrue(external.isPresent(), "this machine has no network address besides the loopback one");
            assertThat(answers(external.get(), port))
                    .as("PostgreSQL answers on " + external.get().getHostAddress())
                    .isFalse();
            assertThat(answers(InetAddress.getLoopbackAddress(), port)).isTrue();
        }
    }
}
