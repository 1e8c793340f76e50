package nl.trefpunt.platform.tenancy;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.hibernate.context.spi.TenantSchemaMapper;

/**
 * Hibernate's view of the tenant: every session belongs to the thread's tenant and runs in that
 * tenant's schema. A session opened without a tenant (Spring Data does so at start-up to build its
 * queries) gets a marker that cannot name a schema, so the first statement it would send fails
 * with {@link NoTenantException}: nothing ever reads a default schema.
 */
class TenantSchemaPerTenant implements CurrentTenantIdentifierResolver<String>, TenantSchemaMapper<String> {

    /** Not a valid slug, so it can never collide with a tenant. */
    static final String NO_TENANT = "<none>";

    @Override
    public String resolveCurrentTenantIdentifier() {
        return TenantContext.current().map(TenantId::slug).orElse(NO_TENANT);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }

    @Override
    public String schemaName(String tenantIdentifier) {
        if (NO_TENANT.equals(tenantIdentifier)) {
            throw new NoTenantException();
        }
        return TenantId.of(tenantIdentifier).schema();
    }
}
