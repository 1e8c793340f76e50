package nl.trefpunt.tenant.registry;

import java.util.regex.Pattern;

/**
 * One thing that must exist before a tenant can be used: its schema here, its schema in another
 * service, its organization in Keycloak. Onboarding records the steps still outstanding, so a
 * retry knows what is missing and nothing is half-done without the registry saying so.
 */
public record ProvisioningStep(String name) implements Comparable<ProvisioningStep> {

    // Declared before the constants below, which need it while the class initialises.
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    /** The tenant's schema in tenant-service itself (policy models, areas). */
    public static final ProvisioningStep TENANT_SCHEMA = new ProvisioningStep("tenant-schema");

    /** The tenant's organization in Keycloak; its members' tokens carry the tenant. */
    public static final ProvisioningStep ORGANIZATION = new ProvisioningStep("keycloak-organization");

    public ProvisioningStep {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a provisioning step name");
        }
    }

    /** The tenant's schema in another service, named as in {@code trefpunt.services.provisioned}. */
    public static ProvisioningStep service(String serviceName) {
        return new ProvisioningStep(serviceName);
    }

    @Override
    public int compareTo(ProvisioningStep other) {
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
