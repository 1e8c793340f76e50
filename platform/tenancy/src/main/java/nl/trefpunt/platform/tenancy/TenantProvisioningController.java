package nl.trefpunt.platform.tenancy;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Internal, service-authenticated: tenant-service calls this on every service when a municipality
 * is onboarded. Idempotent: 201 the first time, 200 with the same body after that.
 */
@RestController
class TenantProvisioningController {

    private final TenantSchemaMigrations migrations;

    TenantProvisioningController(TenantSchemaMigrations migrations) {
        this.migrations = migrations;
    }

    @PutMapping("/internal/tenants/{tenant}")
    ResponseEntity<ProvisionedTenant> provision(@PathVariable String tenant) {
        TenantId id = TenantId.of(tenant);
        boolean created = migrations.provision(id);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new ProvisionedTenant(id.slug(), id.schema()));
    }

    record ProvisionedTenant(String tenant, String schema) {}
}
