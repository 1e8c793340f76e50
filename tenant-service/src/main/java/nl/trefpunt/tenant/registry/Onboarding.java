package nl.trefpunt.tenant.registry;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The outcome of onboarding a tenant.
 *
 * @param created whether the tenant was new to the registry
 * @param failures the provisioning steps that failed this time, with the reason; empty when the
 *     tenant is fully provisioned
 */
public record Onboarding(Tenant tenant, boolean created, SortedMap<ProvisioningStep, String> failures) {

    public Onboarding {
        failures = new TreeMap<>(failures);
    }

    public static Onboarding of(Tenant tenant, boolean created, Map<ProvisioningStep, String> failures) {
        return new Onboarding(tenant, created, new TreeMap<>(failures));
    }

    public boolean complete() {
        return failures.isEmpty();
    }
}
