package nl.trefpunt.platform.tenancy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * This service's record of the tenants it holds a schema for, with the changelog each schema was
 * last migrated to. A request for a tenant not in here is answered 404. Positive answers are
 * cached; misses go to the database, so a tenant provisioned by another replica is found too.
 */
public class ProvisionedTenants {

    private final JdbcClient jdbc;
    private final String table;
    private final Set<TenantId> known = ConcurrentHashMap.newKeySet();

    public ProvisionedTenants(JdbcClient jdbc, String platformSchema) {
        this.jdbc = jdbc;
        this.table = platformSchema + ".tenant_schema";
    }

    public boolean contains(TenantId tenant) {
        if (known.contains(tenant)) {
            return true;
        }
        boolean found = jdbc.sql("select count(*) from " + table + " where tenant = ?")
                        .param(tenant.slug())
                        .query(Long.class)
                        .single()
                > 0;
        if (found) {
            known.add(tenant);
        }
        return found;
    }

    public List<TenantId> all() {
        return jdbc.sql("select tenant from " + table + " order by tenant")
                .query((rs, row) -> TenantId.of(rs.getString(1)))
                .list();
    }

    /**
     * Runs the work once per tenant, each time bound to that tenant: the way a scheduled job
     * touches tenant data. A failure for one tenant does not stop the others; it is rethrown
     * at the end with the others' failures suppressed into it.
     */
    public void forEachTenant(java.util.function.Consumer<TenantId> work) {
        RuntimeException failure = null;
        for (TenantId tenant : all()) {
            try {
                TenantContext.runAs(tenant, () -> work.accept(tenant));
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Every tenant with the changelog hash its schema was last migrated to. */
    Map<TenantId, String> migratedChangelogs() {
        // A tenant recorded but never migrated has no hash: Collectors.toMap would refuse that null.
        Map<TenantId, String> hashes = new HashMap<>();
        jdbc.sql("select tenant, changelog_hash from " + table).query(rs -> {
            hashes.put(TenantId.of(rs.getString(1)), rs.getString(2));
        });
        return hashes;
    }

    /** The changelog hash one tenant's schema was last migrated to; empty if none is recorded. */
    Optional<String> migratedChangelogOf(TenantId tenant) {
        return jdbc.sql("select changelog_hash from " + table + " where tenant = ?")
                .param(tenant.slug())
                .query((rs, row) -> Optional.ofNullable(rs.getString(1)))
                .optional()
                .flatMap(hash -> hash);
    }

    /** Records a migrated schema; answers whether the tenant was new to this service. */
    boolean recordMigrated(TenantId tenant, String changelogHash) {
        int inserted = jdbc.sql("insert into " + table
                        + " (tenant, schema_name, changelog_hash, provisioned_at, migrated_at)"
                        + " values (?, ?, ?, now(), now()) on conflict (tenant) do nothing")
                .params(tenant.slug(), tenant.schema(), changelogHash)
                .update();
        if (inserted == 0) {
            jdbc.sql("update " + table + " set changelog_hash = ?, migrated_at = now()"
                            + " where tenant = ? and changelog_hash is distinct from ?")
                    .params(changelogHash, tenant.slug(), changelogHash)
                    .update();
        }
        known.add(tenant);
        return inserted == 1;
    }
}
