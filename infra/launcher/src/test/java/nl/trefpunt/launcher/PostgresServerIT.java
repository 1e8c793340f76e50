package nl.trefpunt.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
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

    static boolean answers(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** An IPv4 address of this machine that other machines could use, if it has one. */
    static Optional<InetAddress> externalAddress() {
        try {
            return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .filter(networkInterface -> {
                        try {
                            return networkInterface.isUp() && !networkInterface.isLoopback();
                        } catch (SocketException e) {
                            return false;
                        }
                    })
                    .flatMap(networkInterface -> Collections.list(networkInterface.getInetAddresses()).stream())
                    .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                    .findFirst();
        } catch (SocketException e) {
            return Optional.empty();
        }
    }
}
