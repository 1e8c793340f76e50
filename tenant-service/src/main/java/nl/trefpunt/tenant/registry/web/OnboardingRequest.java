package nl.trefpunt.tenant.registry.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.trefpunt.tenant.registry.AccessibilityContact;

/**
 * What onboarding a municipality takes. The accessibility contact is kept as it is when both its
 * fields are left out (so re-running a seeding script never erases it); given, the two fields
 * replace it, and empty strings remove it.
 */
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
        String placement,

        @Size(max = AccessibilityContact.MAX_EMAIL_LENGTH)
        @AccessibilityContactPart(
                value = AccessibilityContactPart.Kind.EMAIL,
                message = "is geen geldig e-mailadres (bijvoorbeeld toegankelijkheid@gemeente.example)")
        @Schema(
                description = "E-mailadres waar inwoners problemen met de toegankelijkheid melden; leeg: geen."
                        + " Weglaten (samen met accessibilityUrl) houdt het huidige",
                example = "toegankelijkheid@gemeente.example")
        String accessibilityEmail,

        @Size(max = AccessibilityContact.MAX_URL_LENGTH)
        @AccessibilityContactPart(
                value = AccessibilityContactPart.Kind.WEB_ADDRESS,
                message = "is geen webadres dat met http:// of https:// begint (ten hoogste "
                        + AccessibilityContact.MAX_URL_LENGTH + " tekens)")
        @Schema(
                description = "Webpagina (http of https) waar inwoners problemen met de toegankelijkheid melden;"
                        + " leeg: geen. Weglaten (samen met accessibilityEmail) houdt de huidige",
                example = "https://www.gemeente.example/toegankelijkheid")
        String accessibilityUrl) {

    /** The contact to store, {@link AccessibilityContact#NONE} to remove it, or null to keep it. */
    AccessibilityContact accessibilityContact() {
        if (accessibilityEmail == null && accessibilityUrl == null) {
            return null;
        }
        return new AccessibilityContact(accessibilityEmail, accessibilityUrl);
    }
}
