package nl.trefpunt.platform.test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one real PostgreSQL server of a test JVM, chosen in this order: {@code TEST_DATABASE_URL}
 * (with {@code TEST_DATABASE_USER}/{@code _PASSWORD}), a Testcontainers PostgreSQL when a Docker
 * engine answers, else an embedded PostgreSQL from Maven Central binaries. Never H2, never a skip.
 * Each Spring test context gets a database of its own on that server ({@link #freshDatabase()}).
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static final AtomicInteger databases = new AtomicInteger();
    private static volatile Server server;

    private TestDatabase() {}

    /** Connection details of a PostgreSQL server or database. */
    public record Connect(String jdbcUrl, String username, String password) {

        public Connection open() throws SQLException {
            return DriverManager.getConnection(jdbcUrl, username, password);
        }
    }

    private record Server(Connect admin, String source) {}

    /** A new, empty database on the JVM's server. */
    public static Connect freshDatabase() {
        Server current = server();
        String name = "trefpunt_test_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (Connection connection = current.admin().open();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database on " + current.source(), e);
        }
        return new Connect(
                withDatabase(current.admin().jdbcUrl(), name),
                current.admin().username(),
                current.admin().password());
    }

    /** Where the server came from, for test logs. */
    public static String source() {
        return server().source();
    }

    private static Server server() {
        Server current = server;
        if (current == null) {
            synchronized (TestDatabase.class) {
                current = server;
                if (current == null) {
                    current = start();
                    server = current;
                    log.info("Tests use PostgreSQL from {}", current.source());
                }
            }
        }
        return current;
    }

    private static Server start() {
        String url = System.getenv("TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            String user = System.getenv().getOrDefault("TEST_DATABASE_USER", "postgres");
            String password = System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", "");
            return new Server(new Connect(url, user, password), "TEST_DATABASE_URL " + url);
        }
        if (dockerAnswers()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new Server(
                    new Connect(container.getJdbcUrl(), container.getUsername(), container.getPassword()),
                    "Testcontainers " + container.getDockerImageName());
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    log.warn("Could not stop embedded PostgreSQL", e);
                }
            }));
            return new Server(
                    new Connect(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres"),
                    "embedded PostgreSQL on port " + postgres.getPort());
        } catch (IOException e) {
            throw new IllegalStateException("Could not start an embedded PostgreSQL for the tests", e);
        }
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static String withDatabase(String jdbcUrl, String database) {
        int query = jdbcUrl.indexOf('?');
        String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        String params = query < 0 ? "" : jdbcUrl.substring(query);
        int slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + database + params;
    }
}
