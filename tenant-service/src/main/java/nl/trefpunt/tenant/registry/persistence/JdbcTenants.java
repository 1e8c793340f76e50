package nl.trefpunt.tenant.registry.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.trefpunt.platform.tenancy.TenantId;
import nl.trefpunt.tenant.registry.AccessibilityContact;
import nl.trefpunt.tenant.registry.DatabasePlacement;
import nl.trefpunt.tenant.registry.Gemeentecode;
import nl.trefpunt.tenant.registry.ProvisioningStep;
import nl.trefpunt.tenant.registry.Tenant;
import nl.trefpunt.tenant.registry.TenantChangedMeanwhile;
import nl.trefpunt.tenant.registry.TenantConflict;
import nl.trefpunt.tenant.registry.TenantStatus;
import nl.trefpunt.tenant.registry.Tenants;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The registry in PostgreSQL, schema {@code tenant_registry}. Plain JDBC on purpose: Hibernate in
 * this service is bound to tenant schemas and refuses to work without a tenant, while the registry
 * is platform-wide. Every method is one statement, so each is atomic without a transaction;
 * concurrent changes are caught by the version column.
 */
@Repository
class JdbcTenants implements Tenants {

    private static final String COLUMNS = "slug, name, gemeentecode, placement, accessibility_email,"
            + " accessibility_url, status, outstanding_steps, onboarded_at, created_at, updated_at, version";

    private final JdbcClient jdbc;

    JdbcTenants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Tenant> find(TenantId id) {
        return jdbc.sql("select " + COLUMNS + " from tenant_registry.tenant where slug = ?")
                .param(id.slug())
                .query(JdbcTenants::tenant)
                .optional();
    }

    @Override
    public List<Tenant> all() {
        return jdbc.sql("select " + COLUMNS + " from tenant_registry.tenant order by slug")
                .query(JdbcTenants::tenant)
                .list();
    }

    @Override
    public boolean add(Tenant tenant) {
        try {
            return jdbc.sql("insert into tenant_registry.tenant (" + COLUMNS + ")"
                                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (slug) do nothing")
                            .params(
                                    tenant.id().slug(),
                                    tenant.name(),
                                    tenant.gemeentecode().value(),
                                    tenant.placement().name(),
                                    email(tenant),
                                    url(tenant),
                                    tenant.status().name(),
                                    steps(tenant),
                                    timestamp(tenant.onboardedAt()),
                                    timestamp(tenant.createdAt()),
                                    timestamp(tenant.updatedAt()),
                                    tenant.version())
                            .update()
                    == 1;
        } catch (DuplicateKeyException e) {
            throw conflict(tenant, e);
        }
    }

    @Override
    public Tenant update(Tenant tenant) {
        int updated;
        try {
            updated = jdbc.sql("update tenant_registry.tenant set name = ?, gemeentecode = ?, placement = ?,"
                            + " accessibility_email = ?, accessibility_url = ?, status = ?, outstanding_steps = ?, onboarded_at = ?, updated_at = ?,"
                            + " version = version + 1 where slug = ? and version = ?")
                    .params(
                            tenant.name(),
                            tenant.gemeentecode().value(),
                            tenant.placement().name(),
                            email(tenant),
                            url(tenant),
                            tenant.status().name(),
                            steps(tenant),
                            timestamp(tenant.onboardedAt()),
                            timestamp(tenant.updatedAt()),
                            tenant.id().slug(),
                            tenant.version())
                    .update();
        } catch (DuplicateKeyException e) {
            throw conflict(tenant, e);
        }
        if (updated == 0) {
            throw new TenantChangedMeanwhile(tenant.id());
        }
        return find(tenant.id()).orElseThrow(() -> new TenantChangedMeanwhile(tenant.id()));
    }

    private TenantConflict conflict(Tenant tenant, DuplicateKeyException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage());
        if (message.contains("uq_tenant_gemeentecode")) {
            String owner = ownerOf("gemeentecode", tenant.gemeentecode().value());
            return new TenantConflict(
                    "Gemeentecode " + tenant.gemeentecode() + " is al in gebruik door gemeente '" + owner + "'");
        }
        if (message.contains("uq_tenant_name")) {
            String owner = ownerOf("name", tenant.name());
            return new TenantConflict("De naam '" + tenant.name() + "' is al in gebruik door gemeente '" + owner + "'");
        }
        return new TenantConflict("Gemeente '" + tenant.id().slug() + "' botst met een bestaande gemeente");
    }

    private String ownerOf(String column, String value) {
        // The column name is one of two constants above, never input.
        return jdbc.sql("select slug from tenant_registry.tenant where " + column + " = ?")
                .param(value)
                .query(String.class)
                .optional()
                .orElse("?");
    }

    private static Tenant tenant(ResultSet rs, int row) throws SQLException {
        return Tenant.restore(
                TenantId.of(rs.getString("slug")),
                rs.getString("name"),
                Gemeentecode.of(rs.getString("gemeentecode")),
                new DatabasePlacement(rs.getString("placement")),
                new AccessibilityContact(rs.getString("accessibility_email"), rs.getString("accessibility_url")),
                TenantStatus.valueOf(rs.getString("status")),
                Arrays.stream(rs.getString("outstanding_steps").split(","))
                        .filter(step -> !step.isBlank())
                        .map(ProvisioningStep::new)
                        .toList(),
                instant(rs.getTimestamp("onboarded_at")),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")),
                rs.getLong("version"));
    }

    private static String email(Tenant tenant) {
        return tenant.accessibilityContact()
                .flatMap(AccessibilityContact::emailAddress)
                .orElse(null);
    }

    private static String url(Tenant tenant) {
        return tenant.accessibilityContact()
                .flatMap(AccessibilityContact::webAddress)
                .orElse(null);
    }

    private static String steps(Tenant tenant) {
        return tenant.outstanding().stream().map(ProvisioningStep::name).collect(Collectors.joining(","));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
