package nl.trefpunt.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import nl.trefpunt.platform.test.TestDatabase;

/**
 * How long a service takes to become ready with every Dutch municipality (342) as a tenant: once
 * with all their schemas to migrate and once with all up to date, next to the same service with
 * no tenants, all in one run on one PostgreSQL. Time is measured from process launch to the first
 * successful readiness probe, so it includes the JVM's own start.
 *
 * <p>Arguments: {@code [tenants] [upToDateRuns] [serviceJar]}; defaults 342, 3 and core-service's jar.
 */
public final class TenantStartupBenchmark {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    public static void main(String[] args) throws Exception {
        int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 342;
        int upToDateRuns = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path built = Path.of(args.length > 2 ? args[2] : "core-service/target/core-service-0.1.0-SNAPSHOT.jar");
        if (!Files.isRegularFile(built)) {
            throw new IllegalStateException("Service jar not found: " + built.toAbsolutePath()
                    + " (build it first: ./mvnw -q -DskipTests install)");
        }
        // A private copy: a rebuild during the run must not swap classes under a running service.
        Path jar = Files.createTempFile("trefpunt-bench-", "-" + built.getFileName());
        jar.toFile().deleteOnExit();
        Files.copy(built, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        TestDatabase.Connect database = TestDatabase.freshDatabase();
        System.out.printf(
                "Tenant start-up benchmark: %s, %d tenants, PostgreSQL from %s, %d cores%n",
                jar.getFileName(),
                tenants,
                TestDatabase.source(),
                Runtime.getRuntime().availableProcessors());

        List<String[]> rows = new ArrayList<>();
        double baseline = timeToReady(jar, database);
        rows.add(new String[] {"no tenants (baseline)", seconds(baseline), "1.00"});

        registerTenantsToMigrate(database, tenants);
        double migrating = timeToReady(jar, database);
        rows.add(new String[] {tenants + " tenants to migrate", seconds(migrating), ratio(migrating, baseline)});
        checkAllMigrated(database, tenants);

        List<Double> upToDate = new ArrayList<>();
        for (int run = 0; run < upToDateRuns; run++) {
            upToDate.add(timeToReady(jar, database));
        }
        double median = upToDate.stream().sorted().toList().get(upToDate.size() / 2);
        rows.add(new String[] {
            tenants + " tenants up to date (median of " + upToDateRuns + ")", seconds(median), ratio(median, baseline)
        });

        System.out.println();
        System.out.printf("%-45s %12s %14s%n", "scenario", "ready in (s)", "vs baseline");
        rows.forEach(row -> System.out.printf("%-45s %12s %14s%n", row[0], row[1], row[2]));
        System.out.printf(
                "%nup-to-date runs (s): %s%n",
                upToDate.stream().map(TenantStartupBenchmark::seconds).toList());
        System.exit(0);
    }

    /** Launches the service, waits for its readiness probe, stops it; answers seconds to ready. */
    private static double timeToReady(Path jar, TestDatabase.Connect database) throws Exception {
        int port = freePort();
        Path log = Files.createTempFile("trefpunt-bench-", ".log");
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.datasource.hikari.maximum-pool-size=10",
                "--logging.level.root=WARN",
                "--logging.level.nl.trefpunt=INFO");
        long started = System.nanoTime();
        Process service = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            URI readiness = URI.create("http://localhost:" + port + "/actuator/health/readiness");
            long deadline = started + TimeUnit.MINUTES.toNanos(10);
            while (System.nanoTime() < deadline) {
                if (!service.isAlive()) {
                    throw new IllegalStateException("Service stopped before it was ready; see " + log);
                }
                if (isUp(readiness)) {
                    double elapsed = (System.nanoTime() - started) / 1e9;
                    System.out.printf("  ready after %s s (log %s)%n", seconds(elapsed), log);
                    return elapsed;
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException("Service not ready within 10 minutes; see " + log);
        } finally {
            service.destroy();
            if (!service.waitFor(30, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    private static boolean isUp(URI readiness) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(readiness)
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** As if 342 municipalities had been onboarded and the service's changelog had changed since. */
    private static void registerTenantsToMigrate(TestDatabase.Connect database, int tenants) throws SQLException {
        try (Connection connection = database.open();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into trefpunt_platform.tenant_schema (tenant, schema_name, provisioned_at)"
                                + " values (?, ?, now())")) {
            for (int i = 1; i <= tenants; i++) {
                String slug = String.format(Locale.ROOT, "gemeente-%03d", i);
                insert.setString(1, slug);
                insert.setString(2, "tenant_" + slug.replace('-', '_'));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void checkAllMigrated(TestDatabase.Connect database, int tenants) throws SQLException {
        try (Connection connection = database.open();
                var statement = connection.createStatement();
                var result = statement.executeQuery(
                        "select count(*) from trefpunt_platform.tenant_schema where changelog_hash is not null")) {
            result.next();
            long migrated = result.getLong(1);
            if (migrated != tenants) {
                throw new IllegalStateException("Only " + migrated + " of " + tenants + " schemas were migrated");
            }
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String ratio(double value, double baseline) {
        return String.format(Locale.ROOT, "%.2f", value / baseline);
    }

    private TenantStartupBenchmark() {}
}
