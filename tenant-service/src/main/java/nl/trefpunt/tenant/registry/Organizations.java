package nl.trefpunt.tenant.registry;

import nl.trefpunt.platform.tenancy.TenantId;

/**
 * The tenants' organizations in the identity provider (port). A person's token names the
 * organizations they belong to, and that is how every service knows which tenants they may enter.
 */
public interface Organizations {

    /**
     * Creates the tenant's organization (alias = slug) under the tenant's name, or renames it.
     * Idempotent.
     *
     * @throws ProvisioningFailed when it cannot be created, e.g. the name is taken by another organization
     * @throws DirectoryUnavailable when the identity provider cannot be reached
     */
    void ensure(Tenant tenant);

    /**
     * Adds an account to the tenant's organization; answers {@code false} when it was a member already.
     *
     * @throws OrganizationMissing when the tenant has no organization yet
     * @throws DirectoryUnavailable when the identity provider cannot be reached
     */
    boolean addMember(Tenant tenant, Account account);

    /** The tenant has no organization in the identity provider (onboarding not completed). */
    class OrganizationMissing extends RuntimeException {
        public OrganizationMissing(TenantId tenant) {
            super("Gemeente '" + tenant.slug()
                    + "' heeft nog geen organisatie in Keycloak; rond eerst de aanmelding af");
        }
    }
}
