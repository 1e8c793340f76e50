package nl.trefpunt.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL from Maven Central binaries (zonky), whose data directory is kept between
 * runs: it is initialised only when empty and never cleaned.
 */
final class PostgresServer implements AutoCloseable {

    static final String USER = "trefpunt";
    static final String PASSWORD = "trefpunt";

    private final EmbeddedPostgres postgres;
    private final int port;

    private PostgresServer(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    static PostgresServer start(Path dataDirectory, int port, Path logFile) {
        try {
            Files.createDirectories(dataDirectory);
            Files.createDirectories(logFile.getParent());
            endLeftoverServer(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // The launcher stops PostgreSQL itself, after the services that use it.
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    // The databases are the services' alone: nothing from another machine reaches
                    // them (initdb trusts every local connection, see zonky's EmbeddedPostgres).
                    .setServerConfig("listen_addresses", Addresses.LOOPBACK)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            return new PostgresServer(postgres, port);
        } catch (IOException | RuntimeException e) {
            throw new StartFailed(
                    "PostgreSQL did not start on port " + port + " with data in " + dataDirectory + ": "
                            + e.getMessage() + "\nSee " + logFile,
                    e);
        }
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return jdbcUrl(port, database);
    }

    /** A database on the server at this port; it listens on the loopback address only. */
    static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://" + Addresses.LOOPBACK + ":" + port + "/" + database;
    }

    /** The application role and its databases, created only when missing. */
    void ensureDatabases(List<String> databases) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            if (!exists(connection, "select 1 from pg_roles where rolname = ?", USER)) {
                statement.execute("create role " + USER + " login password '" + PASSWORD + "'");
            }
            for (String database : databases) {
                if (!exists(connection, "select 1 from pg_database where datname = ?", database)) {
                    statement.execute("create database " + database + " owner " + USER);
                }
            }
        } catch (SQLException e) {
            throw new StartFailed("Could not create the Trefpunt databases: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("Could not stop PostgreSQL cleanly: " + e.getMessage());
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }

    /**
     * A launcher that was killed leaves its PostgreSQL running on this data directory. The caller
     * holds the run lock, so no live launcher owns it: stop it (fast shutdown) before starting.
     */
    private static void endLeftoverServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        try {
            long pid = Long.parseLong(lines.get(0).trim());
            ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(handle -> handle.info()
                            .command()
                            .map(command -> command.contains("postgres"))
                            .orElse(false))
                    .ifPresent(handle -> {
                        handle.destroy();
                        try {
                            handle.onExit().get(30, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            handle.destroyForcibly();
                        }
                    });
        } catch (NumberFormatException e) {
            // not a pid file PostgreSQL wrote; PostgreSQL itself will complain if it matters
        }
    }
}
