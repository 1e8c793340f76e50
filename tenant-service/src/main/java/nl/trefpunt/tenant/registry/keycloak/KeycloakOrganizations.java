package nl.trefpunt.tenant.registry.keycloak;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import nl.trefpunt.tenant.registry.Account;
import nl.trefpunt.tenant.registry.DirectoryUnavailable;
import nl.trefpunt.tenant.registry.Organizations;
import nl.trefpunt.tenant.registry.ProvisioningFailed;
import nl.trefpunt.tenant.registry.ProvisioningStep;
import nl.trefpunt.tenant.registry.Tenant;
import org.keycloak.admin.client.resource.OrganizationsResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.springframework.stereotype.Component;

/**
 * Tenants as Keycloak organizations: alias = slug (the value in the token's {@code organization}
 * claim), name = the municipality's name. Keycloak searches organizations by name or domain, not by
 * alias, so an organization is looked up by its name first and by going through all of them when
 * the name has changed.
 */
@Component
class KeycloakOrganizations implements Organizations {

    private static final int PAGE = 100;

    private final RealmResource realm;

    KeycloakOrganizations(RealmResource realm) {
        this.realm = realm;
    }

    @Override
    public void ensure(Tenant tenant) {
        KeycloakCalls.run("organisatie " + tenant.id().slug(), () -> {
            Optional<OrganizationRepresentation> found = find(tenant);
            if (found.isPresent()) {
                rename(found.get(), tenant);
            } else {
                create(tenant);
            }
        });
    }

    @Override
    public boolean addMember(Tenant tenant, Account account) {
        return KeycloakCalls.call("lidmaatschap " + tenant.id().slug(), () -> {
            OrganizationRepresentation organization =
                    find(tenant).orElseThrow(() -> new OrganizationMissing(tenant.id()));
            try (Response response =
                    organizations().get(organization.getId()).members().addMember(account.id())) {
                return switch (response.getStatus()) {
                    case 201, 204 -> true;
                    case 409 -> false; // a member already
                    default ->
                        throw new DirectoryUnavailable(
                                "Keycloak voegde " + account.username() + " niet toe aan "
                                        + tenant.id().slug() + " (status " + response.getStatus() + ")",
                                null);
                };
            }
        });
    }

    private void create(Tenant tenant) {
        OrganizationRepresentation organization = new OrganizationRepresentation();
        organization.setAlias(tenant.id().slug());
        organization.setName(tenant.name());
        organization.setEnabled(true);
        organization.setDescription("Trefpunt-gemeente " + tenant.gemeentecode());
        try (Response response = organizations().create(organization)) {
            if (response.getStatus() == 201) {
                return;
            }
            if (response.getStatus() == 409 && find(tenant).isPresent()) {
                return; // created concurrently by another onboarding of the same tenant
            }
            throw new ProvisioningFailed(
                    ProvisioningStep.ORGANIZATION,
                    response.getStatus() == 409
                            ? "Keycloak heeft al een andere organisatie met de naam '" + tenant.name() + "'"
                            : "Keycloak maakte de organisatie niet aan (status " + response.getStatus() + ")",
                    null);
        }
    }

    private void rename(OrganizationRepresentation organization, Tenant tenant) {
        if (tenant.name().equals(organization.getName())) {
            return;
        }
        OrganizationRepresentation full =
                organizations().get(organization.getId()).toRepresentation();
        full.setName(tenant.name());
        try (Response response = organizations().get(organization.getId()).update(full)) {
            if (response.getStatus() >= 300) {
                throw new ProvisioningFailed(
                        ProvisioningStep.ORGANIZATION,
                        "Keycloak hernoemde de organisatie niet naar '" + tenant.name() + "' (status "
                                + response.getStatus() + ")",
                        null);
            }
        }
    }

    private Optional<OrganizationRepresentation> find(Tenant tenant) {
        String alias = tenant.id().slug();
        Optional<OrganizationRepresentation> byName =
                withAlias(organizations().search(tenant.name(), true, 0, PAGE), alias);
        if (byName.isPresent()) {
            return byName;
        }
        for (int first = 0; ; first += PAGE) {
            List<OrganizationRepresentation> page = organizations().list(first, PAGE);
            Optional<OrganizationRepresentation> match = withAlias(page, alias);
            if (match.isPresent() || page.size() < PAGE) {
                return match;
            }
        }
    }

    private static Optional<OrganizationRepresentation> withAlias(
            List<OrganizationRepresentation> organizations, String alias) {
        return organizations.stream().filter(o -> alias.equals(o.getAlias())).findFirst();
    }

    private OrganizationsResource organizations() {
        return realm.organizations();
    }
}
