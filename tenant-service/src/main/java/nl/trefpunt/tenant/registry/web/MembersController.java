package nl.trefpunt.tenant.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.EnumSet;
import java.util.stream.Collectors;
import nl.trefpunt.platform.security.Role;
import nl.trefpunt.platform.tenancy.TenantId;
import nl.trefpunt.tenant.registry.Enrolment;
import nl.trefpunt.tenant.registry.NewAccount;
import nl.trefpunt.tenant.registry.NewMember;
import nl.trefpunt.tenant.registry.TenantMembers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The people of a tenant: their Keycloak account, realm roles and membership of the tenant's organization. */
@RestController
@RequestMapping(path = "/api/v1/tenants/{tenant}/members", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Gemeenten")
class MembersController {

    private final TenantMembers members;

    MembersController(TenantMembers members) {
        this.members = members;
    }

    @PutMapping("/{username}")
    @Operation(
            summary = "Iemand lid maken van een gemeente (idempotent)",
            description = "Maakt het Keycloak-account aan als het nog niet bestaat, kent de gevraagde rollen toe"
                    + " en voegt het toe aan de organisatie van de gemeente. Voor platformbeheer en de"
                    + " gemeentebeheerder (municipality-admin) van deze gemeente; alleen platformbeheer kent"
                    + " platform-admin toe.")
    @ApiResponse(responseCode = "201", description = "Nieuw lid (account aangemaakt of aan de gemeente toegevoegd)")
    @ApiResponse(responseCode = "200", description = "Was al lid; eventueel ontbrekende rollen toegekend")
    @ApiResponse(
            responseCode = "409",
            description = "De gemeente is afgemeld of nog niet ingericht, of de gebruikersnaam of het"
                    + " e-mailadres is niet beschikbaar (zonder te zeggen waarom of bij wie)")
    @ApiResponse(responseCode = "503", description = "Keycloak is niet bereikbaar")
    ResponseEntity<MemberResponse> enrol(
            @PathVariable @TenantSlug @TenantParameter String tenant,
            @PathVariable
                    @Parameter(description = "Gebruikersnaam in Keycloak", example = "fatima")
                    @Pattern(
                            regexp = "[a-z0-9][a-z0-9._@-]{0,99}",
                            message = "is geen geldige gebruikersnaam (kleine letters, cijfers en . _ @ -)")
                    String username,
            @RequestBody @Valid MemberRequest request,
            JwtAuthenticationToken authentication) {
        NewMember member = new NewMember(
                new NewAccount(
                        username, request.email(), request.firstName(), request.lastName(), request.initialPassword()),
                request.roles().stream()
                        .map(role -> AssignableRole.Validator.role(role).orElseThrow())
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))));
        Enrolment enrolment = members.enrol(Callers.of(authentication), TenantId.of(tenant), member);
        boolean isNew = enrolment.accountCreated() || enrolment.joined();
        return ResponseEntity.status(isNew ? HttpStatus.CREATED : HttpStatus.OK)
                .body(MemberResponse.of(tenant, enrolment));
    }
}
