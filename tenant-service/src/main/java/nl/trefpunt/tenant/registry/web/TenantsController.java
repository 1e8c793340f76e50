package nl.trefpunt.tenant.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import nl.trefpunt.platform.tenancy.TenantId;
import nl.trefpunt.platform.web.Problems;
import nl.trefpunt.tenant.registry.DatabasePlacement;
import nl.trefpunt.tenant.registry.Gemeentecode;
import nl.trefpunt.tenant.registry.Onboarding;
import nl.trefpunt.tenant.registry.ProvisioningStep;
import nl.trefpunt.tenant.registry.TenantDetails;
import nl.trefpunt.tenant.registry.TenantOnboarding;
import nl.trefpunt.tenant.registry.TenantRegistry;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform-wide tenant registry (at the gateway's root, not under a tenant): onboarding,
 * reading, offboarding. Onboarding and the life cycle are for the platform (platform-admin, or a
 * Trefpunt service account); a tenant's own members may read their tenant.
 */
@RestController
@RequestMapping(path = "/api/v1/tenants", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Gemeenten", description = "Het register van gemeenten (tenants) op het platform")
class TenantsController {

    static final String PLATFORM = "hasAnyAuthority('ROLE_platform-admin', 'ROLE_platform-service')";
    private static final String RETRY_AFTER_SECONDS = "30";

    private final TenantOnboarding onboarding;
    private final TenantRegistry registry;

    TenantsController(TenantOnboarding onboarding, TenantRegistry registry) {
        this.onboarding = onboarding;
        this.registry = registry;
    }

    @GetMapping
    @PreAuthorize(PLATFORM)
    @Operation(summary = "Alle gemeenten", description = "Voor platformbeheer.")
    List<TenantResponse> all() {
        return registry.all().stream().map(TenantResponse::of).toList();
    }

    @GetMapping("/{tenant}")
    @Operation(
            summary = "Eén gemeente",
            description = "Voor platformbeheer en voor leden van de gemeente zelf; voor ieder ander bestaat"
                    + " de gemeente niet (404).")
    TenantResponse one(
            @PathVariable @TenantSlug @TenantParameter String tenant, JwtAuthenticationToken authentication) {
        return TenantResponse.of(registry.seenBy(Callers.of(authentication), TenantId.of(tenant)));
    }

    @PutMapping("/{tenant}")
    @PreAuthorize(PLATFORM)
    @Operation(
            summary = "Gemeente aanmelden (idempotent)",
            description = "Legt de gemeente vast of werkt haar gegevens bij, en richt haar overal in: haar schema"
                    + " in elke dienst en haar organisatie in Keycloak. Nogmaals uitvoeren verandert niets en"
                    + " maakt een onderbroken aanmelding af.")
    @ApiResponse(
            responseCode = "201",
            description = "Nieuw aangemeld en volledig ingericht",
            content = @Content(schema = @Schema(implementation = TenantResponse.class)))
    @ApiResponse(
            responseCode = "200",
            description = "Bestond al; gegevens bijgewerkt en inrichting bevestigd",
            content = @Content(schema = @Schema(implementation = TenantResponse.class)))
    @ApiResponse(responseCode = "409", description = "Gemeentecode of naam is al van een andere gemeente")
    @ApiResponse(
            responseCode = "503",
            description = "Vastgelegd maar nog niet overal ingericht (een dienst of Keycloak was niet bereikbaar);"
                    + " herhaal het verzoek")
    ResponseEntity<?> onboard(
            @PathVariable @TenantSlug @TenantParameter String tenant, @RequestBody @Valid OnboardingRequest request) {
        TenantDetails details = new TenantDetails(
                request.name(),
                Gemeentecode.of(request.gemeentecode()),
                request.placement() == null ? null : new DatabasePlacement(request.placement()),
                request.accessibilityContact());
        Onboarding outcome = onboarding.onboard(TenantId.of(tenant), details);
        if (!outcome.complete()) {
            return incomplete(outcome);
        }
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(TenantResponse.of(outcome.tenant()));
    }

    @PostMapping("/{tenant}/offboarding")
    @PreAuthorize(PLATFORM)
    @Operation(
            summary = "Gemeente afmelden",
            description = "De gemeente blijft met haar gegevens bestaan, maar de gateway laat niemand meer toe."
                    + " Idempotent.")
    TenantResponse offboard(@PathVariable @TenantSlug @TenantParameter String tenant) {
        return TenantResponse.of(registry.offboard(TenantId.of(tenant)));
    }

    @PostMapping("/{tenant}/reactivation")
    @PreAuthorize(PLATFORM)
    @Operation(summary = "Afgemelde gemeente weer toelaten", description = "Idempotent.")
    TenantResponse reactivate(@PathVariable @TenantSlug @TenantParameter String tenant) {
        return TenantResponse.of(registry.reactivate(TenantId.of(tenant)));
    }

    /** Recorded, not yet provisioned everywhere: say what is missing and that a retry completes it. */
    private static ResponseEntity<ProblemDetail> incomplete(Onboarding outcome) {
        ProblemDetail problem = Problems.problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "Aanmelding niet voltooid",
                "Gemeente '" + outcome.tenant().id().slug() + "' is vastgelegd, maar nog niet overal ingericht: "
                        + String.join("; ", outcome.failures().values())
                        + ". Herhaal hetzelfde verzoek om de aanmelding af te maken.");
        problem.setProperty("tenant", outcome.tenant().id().slug());
        problem.setProperty(
                "outstanding",
                outcome.failures().keySet().stream().map(ProvisioningStep::name).toList());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .contentType(Problems.PROBLEM_JSON)
                .body(problem);
    }
}
