package nl.trefpunt.tenant.registry.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A person to make a member of a tenant. Profile fields are used only when the account is new. */
@Schema(name = "MemberRequest", description = "Iemand lid maken van een gemeente")
record MemberRequest(
        @NotBlank @Email @Size(max = 254) @Schema(example = "fatima.elamrani@arnhem.nl")
        String email,

        @NotBlank @Size(max = 100) @Schema(example = "Fatima")
        String firstName,

        @NotBlank @Size(max = 100) @Schema(example = "El Amrani")
        String lastName,

        @NotNull
        @Schema(description = "Realm-rollen, bijvoorbeeld municipality-admin", example = "[\"municipality-admin\"]")
        List<@AssignableRole String> roles,

        @Size(min = 8, max = 128)
        @Schema(description = "Beginwachtwoord (voor demogebruikers); alleen voor een nieuw account", writeOnly = true)
        String initialPassword) {}
