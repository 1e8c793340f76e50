package nl.trefpunt.tenant.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.trefpunt.platform.tenancy.TenantId;
import nl.trefpunt.platform.tenancy.TenantSchemaMigrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;

/**
 * Onboards a municipality: records it, then provisions it everywhere it must exist (its schema here,
 * its schema in every other tenant-scoped service, its Keycloak organization). The record is stored
 * first and every step is idempotent, so a failure loses nothing: the steps that failed stay
 * outstanding on the record and the same request, repeated, completes them.
 */
@Service
public class TenantOnboarding {

    private static final Logger log = LoggerFactory.getLogger(TenantOnboarding.class);
    private static final int ATTEMPTS_TO_RECORD = 3;

    private final Tenants tenants;
    private final TenantSchemaMigrations schemas;
    private final TenantServices services;
    private final Organizations organizations;
    private final Clock clock;

    public TenantOnboarding(
            Tenants tenants,
            TenantSchemaMigrations schemas,
            TenantServices services,
            Organizations organizations,
            Clock clock) {
        this.tenants = tenants;
        this.schemas = schemas;
        this.services = services;
        this.organizations = organizations;
        this.clock = clock;
    }

    public Onboarding onboard(TenantId id, TenantDetails details) {
        MDC.put("tenant", id.slug());
        try {
            Registration registration = register(id, details);
            Map<ProvisioningStep, String> failures = provision(registration.tenant());
            Tenant tenant = recordOutcome(registration.tenant(), failures);
            if (failures.isEmpty()) {
                log.info("Tenant {} onboarded ({})", id, registration.created() ? "new" : "existing");
            } else {
                log.warn("Tenant {} not fully provisioned; outstanding: {}", id, failures);
            }
            return Onboarding.of(tenant, registration.created(), failures);
        } finally {
            MDC.remove("tenant");
        }
    }

    /** Every step a tenant needs, in the order they are taken. */
    public List<ProvisioningStep> requiredSteps() {
        List<ProvisioningStep> steps = new ArrayList<>();
        steps.add(ProvisioningStep.TENANT_SCHEMA);
        services.names().forEach(name -> steps.add(ProvisioningStep.service(name)));
        steps.add(ProvisioningStep.ORGANIZATION);
        return steps;
    }

    private record Registration(Tenant tenant, boolean created) {}

    private Registration register(TenantId id, TenantDetails details) {
        Instant now = clock.instant();
        Tenant existing = tenants.find(id).orElse(null);
        if (existing == null) {
            Tenant fresh = Tenant.register(id, details, requiredSteps(), now);
            if (tenants.add(fresh)) {
                return new Registration(fresh, true);
            }
            // A concurrent onboarding of the same tenant stored it first: carry on with theirs.
            existing = tenants.find(id).orElseThrow(() -> new TenantChangedMeanwhile(id));
        }
        if (existing.revise(details, now)) {
            existing = tenants.update(existing);
        }
        return new Registration(existing, false);
    }

    /** Takes every step, also after one fails, so one attempt gets as far as it can. */
    private Map<ProvisioningStep, String> provision(Tenant tenant) {
        Map<ProvisioningStep, String> failures = new LinkedHashMap<>();
        for (ProvisioningStep step : requiredSteps()) {
            try {
                take(step, tenant);
            } catch (ProvisioningFailed | DirectoryUnavailable e) {
                failures.put(step, e.getMessage());
            } catch (RuntimeException e) {
                log.error("Provisioning step {} failed unexpectedly for tenant {}", step, tenant.id(), e);
                failures.put(step, "onverwachte fout");
            }
        }
        return failures;
    }

    private void take(ProvisioningStep step, Tenant tenant) {
        if (step.equals(ProvisioningStep.TENANT_SCHEMA)) {
            schemas.provision(tenant.id());
        } else if (step.equals(ProvisioningStep.ORGANIZATION)) {
            organizations.ensure(tenant);
        } else {
            services.provision(step.name(), tenant.id());
        }
    }

    private Tenant recordOutcome(Tenant tenant, Map<ProvisioningStep, String> failures) {
        Tenant current = tenant;
        for (int attempt = 1; ; attempt++) {
            if (!current.provisioned(failures.keySet(), clock.instant())) {
                return current;
            }
            try {
                return tenants.update(current);
            } catch (TenantChangedMeanwhile e) {
                if (attempt == ATTEMPTS_TO_RECORD) {
                    throw e;
                }
                // Another request changed the tenant meanwhile; this run's outcome is the newest news.
                current = tenants.find(tenant.id()).orElseThrow(() -> e);
            }
        }
    }
}
