package nl.trefpunt.tenant.registry.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import nl.trefpunt.tenant.registry.AccessibilityContact;
import nl.trefpunt.tenant.registry.ProvisioningStep;
import nl.trefpunt.tenant.registry.Tenant;

/** A municipality in the registry, as the platform administrator sees it. */
@Schema(name = "Tenant", description = "Een gemeente (tenant) op Trefpunt")
record TenantResponse(
        @Schema(description = "Korte naam in adressen, bijvoorbeeld arnhem", example = "arnhem")
        String slug,

        @Schema(description = "Naam van de gemeente", example = "Gemeente Arnhem")
        String name,

        @Schema(description = "CBS-gemeentecode", example = "GM0202")
        String gemeentecode,

        @Schema(description = "ACTIVE of OFFBOARDED", example = "ACTIVE")
        String status,

        @Schema(description = "De database (het cluster) waarin de gemeente staat", example = "default")
        String placement,

        @Schema(description = "E-mailadres voor problemen met de toegankelijkheid; leeg als de gemeente er geen gaf")
        String accessibilityEmail,

        @Schema(description = "Webpagina voor problemen met de toegankelijkheid; leeg als de gemeente er geen gaf")
        String accessibilityUrl,

        Provisioning provisioning,

        @Schema(description = "Wanneer de aanmelding voor het eerst volledig was; leeg zolang niet")
        Instant onboardedAt,

        Instant createdAt,
        Instant updatedAt) {

    /** Whether everything the tenant needs exists, and what is missing if not. */
    @Schema(
            name = "Provisioning",
            description = "Of alles voor de gemeente is ingericht, en zo niet, wat nog ontbreekt")
    record Provisioning(
            boolean complete,

            @Schema(description = "Onderdelen die nog niet zijn ingericht, bijvoorbeeld core-service")
            List<String> outstanding) {}

    static TenantResponse of(Tenant tenant) {
        return new TenantResponse(
                tenant.id().slug(),
                tenant.name(),
                tenant.gemeentecode().value(),
                tenant.status().name(),
                tenant.placement().name(),
                tenant.accessibilityContact()
                        .flatMap(AccessibilityContact::emailAddress)
                        .orElse(null),
                tenant.accessibilityContact()
                        .flatMap(AccessibilityContact::webAddress)
                        .orElse(null),
                new Provisioning(
                        tenant.isProvisioningComplete(),
                        tenant.outstanding().stream()
                                .map(ProvisioningStep::name)
                                .toList()),
                tenant.onboardedAt(),
                tenant.createdAt(),
                tenant.updatedAt());
    }
}
