package nl.trefpunt.tenant.registry.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import nl.trefpunt.platform.security.Role;
import nl.trefpunt.tenant.registry.Enrolment;

/** A member of a tenant after enrolment. */
@Schema(name = "Member", description = "Een lid van een gemeente")
record MemberResponse(
        @Schema(example = "arnhem") String tenant,
        @Schema(example = "fatima") String username,

        @Schema(description = "Rollen die het account nu heeft")
        List<String> roles,

        @Schema(description = "Of het account bij dit verzoek is aangemaakt")
        boolean accountCreated,

        @Schema(description = "Rollen die bij dit verzoek zijn toegekend")
        List<String> granted) {

    static MemberResponse of(String tenant, Enrolment enrolment) {
        return new MemberResponse(
                tenant,
                enrolment.account().username(),
                java.util.stream.Stream.concat(enrolment.account().roles().stream(), enrolment.granted().stream())
                        .map(Role::realmRole)
                        .distinct()
                        .sorted()
                        .toList(),
                enrolment.accountCreated(),
                enrolment.granted().stream().map(Role::realmRole).sorted().toList());
    }
}
