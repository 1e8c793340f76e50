package nl.trefpunt.tenant.registry.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What onboarding a municipality takes. */
@Schema(name = "OnboardingRequest", description = "Een gemeente aanmelden of haar gegevens bijwerken")
record OnboardingRequest(
        @NotBlank @Size(max = 100) @Schema(example = "Gemeente Arnhem")
        String name,

        @NotNull @CbsGemeentecode @Schema(example = "GM0202")
        String gemeentecode,

        @Pattern(regexp = "[a-z][a-z0-9-]{0,62}", message = "is geen geldige databaseplaatsing")
        @Schema(
                description = "Database (cluster) van de gemeente; weglaten houdt de huidige"
                        + " (voor een nieuwe gemeente: default)",
                example = "default")
        String placement) {}
