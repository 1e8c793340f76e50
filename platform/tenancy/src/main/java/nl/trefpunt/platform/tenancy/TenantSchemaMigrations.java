package nl.trefpunt.platform.tenancy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Brings every tenant schema to the service's Liquibase changelog. At start-up only schemas whose
 * recorded changelog hash differs from the current one are migrated, several at once; an up-to-date
 * platform of hundreds of tenants therefore starts without running Liquibase per schema.
 */
public class TenantSchemaMigrations {

    private static final Logger log = LoggerFactory.getLogger(TenantSchemaMigrations.class);

    private final DataSource dataSource;
    private final ResourceLoader resourceLoader;
    private final ProvisionedTenants tenants;
    private final TenancyProperties properties;
    private final String changelogHash;

    public TenantSchemaMigrations(
            DataSource dataSource,
            ResourceLoader resourceLoader,
            ProvisionedTenants tenants,
            TenancyProperties properties) {
        this.dataSource = dataSource;
        this.resourceLoader = resourceLoader;
        this.tenants = tenants;
        this.properties = properties;
        this.changelogHash = hashOfChangelog(resourceLoader, properties.tenantChangelog());
    }

    /** Creates the platform schema and migrates every tenant schema that is behind. */
    public void migrateAtStartup() {
        long started = System.nanoTime();
        migratePlatformSchema();
        Map<TenantId, String> migrated = tenants.migratedChangelogs();
        List<TenantId> behind = migrated.entrySet().stream()
                .filter(e -> !changelogHash.equals(e.getValue()))
                .map(Map.Entry::getKey)
                .sorted(Comparator.comparing(TenantId::slug))
                .toList();
        if (!behind.isEmpty()) {
            migrateInParallel(behind);
        }
        log.info(
                "Tenant schemas ready: {} tenants, {} migrated, {} already up to date, in {} ms",
                migrated.size(),
                behind.size(),
                migrated.size() - behind.size(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /**
     * Creates and migrates one tenant's schema, idempotently and safely against a concurrent call
     * for the same tenant (from this or another replica). Answers whether the tenant was new.
     */
    public boolean provision(TenantId tenant) {
        try (Connection lockHolder = dataSource.getConnection()) {
            advisoryLock(lockHolder, tenant, true);
            try {
                if (!tenants.migratedChangelogOf(tenant)
                        .filter(changelogHash::equals)
                        .isPresent()) {
                    migrate(tenant);
                }
                return tenants.recordMigrated(tenant, changelogHash);
            } finally {
                advisoryLock(lockHolder, tenant, false);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not provision tenant " + tenant, e);
        }
    }

    private void migrateInParallel(List<TenantId> behind) {
        int threads = Math.max(1, Math.min(properties.migrationThreads(), behind.size()));
        log.info("Migrating {} tenant schemas with {} threads", behind.size(), threads);
        AtomicInteger done = new AtomicInteger();
        int step = Math.max(1, behind.size() / 10);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (TenantId tenant : behind) {
                results.add(pool.submit(() -> {
                    migrate(tenant);
                    tenants.recordMigrated(tenant, changelogHash);
                    int count = done.incrementAndGet();
                    if (count % step == 0 || count == behind.size()) {
                        log.info("Migrated {}/{} tenant schemas", count, behind.size());
                    }
                }));
            }
            List<String> failed = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                try {
                    results.get(i).get();
                } catch (ExecutionException e) {
                    log.error("Migrating tenant {} failed", behind.get(i), e.getCause());
                    failed.add(behind.get(i).slug());
                }
            }
            if (!failed.isEmpty()) {
                throw new IllegalStateException("Tenant schema migration failed for " + failed);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while migrating tenant schemas", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void migratePlatformSchema() {
        createSchema(properties.platformSchema());
        runLiquibase("classpath:db/platform/changelog.xml", properties.platformSchema(), null);
    }

    private void migrate(TenantId tenant) {
        createSchema(tenant.schema());
        runLiquibase(properties.tenantChangelog(), tenant.schema(), tenant.slug());
    }

    private void runLiquibase(String changelog, String schema, String context) {
        // A fresh SpringLiquibase per schema: Liquibase keeps per-database state, and reusing one
        // instance across schemas has made it skip the second schema as "up to date".
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(dataSource);
        liquibase.setResourceLoader(resourceLoader);
        liquibase.setChangeLog(changelog);
        liquibase.setDefaultSchema(schema);
        liquibase.setLiquibaseSchema(schema);
        if (context != null) {
            liquibase.setContexts(context);
        }
        try {
            liquibase.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException("Liquibase failed on schema " + schema, e);
        }
    }

    private void createSchema(String schema) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            // The schema name comes from a validated TenantId or from configuration, never from input.
            statement.execute("create schema if not exists \"" + schema + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create schema " + schema, e);
        }
    }

    private static void advisoryLock(Connection connection, TenantId tenant, boolean lock) throws SQLException {
        String function = lock ? "pg_advisory_lock" : "pg_advisory_unlock";
        try (var statement = connection.prepareStatement("select " + function + "(hashtext(?))")) {
            statement.setString(1, "trefpunt-tenant:" + tenant.slug());
            statement.execute();
        }
    }

    /** A hash over every file next to and below the changelog, so any edit triggers a migration. */
    static String hashOfChangelog(ResourceLoader loader, String changelog) {
        String folder = changelog.substring(0, changelog.lastIndexOf('/') + 1);
        String pattern = folder.replaceFirst("^classpath:", "classpath*:") + "**/*";
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            Resource[] resources = new PathMatchingResourcePatternResolver(loader).getResources(pattern);
            Arrays.sort(resources, Comparator.comparing(TenantSchemaMigrations::relativeName));
            for (Resource resource : resources) {
                if (!resource.isReadable()) {
                    continue;
                }
                sha256.update(relativeName(resource).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = resource.getInputStream()) {
                    sha256.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the tenant changelog " + changelog, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String relativeName(Resource resource) {
        try {
            String url = resource.getURL().toString();
            int db = url.lastIndexOf("/db/");
            return db >= 0 ? url.substring(db) : url;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String changelogHash() {
        return changelogHash;
    }
}
