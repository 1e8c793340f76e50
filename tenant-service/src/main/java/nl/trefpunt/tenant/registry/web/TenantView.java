package nl.trefpunt.tenant.registry.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import nl.trefpunt.tenant.registry.AccessibilityContact;
import nl.trefpunt.tenant.registry.ProvisioningStep;
import nl.trefpunt.tenant.registry.Tenant;

/**
 * A tenant as its management page shows it.
 *
 * @param status {@code ACTIVE} or {@code OFFBOARDED}; the template names it in the page's language
 * @param onboardedOn the day its onboarding first completed, or null while it has not
 * @param outstanding the provisioning steps still to do (empty: set up everywhere)
 * @param accessibilityEmail where people report accessibility problems by e-mail, or null
 * @param accessibilityUrl the web page where they report them, or null
 */
public record TenantView(
        String slug,
        String name,
        String gemeentecode,
        String status,
        String onboardedOn,
        List<String> outstanding,
        String placement,
        String accessibilityEmail,
        String accessibilityUrl) {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    static TenantView of(Tenant tenant, Locale locale) {
        return new TenantView(
                tenant.id().slug(),
                tenant.name(),
                tenant.gemeentecode().value(),
                tenant.status().name(),
                tenant.onboardedAt() == null
                        ? null
                        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(locale)
                                .format(tenant.onboardedAt().atZone(AMSTERDAM)),
                tenant.outstanding().stream().map(ProvisioningStep::name).toList(),
                tenant.placement().name(),
                tenant.accessibilityContact()
                        .flatMap(AccessibilityContact::emailAddress)
                        .orElse(null),
                tenant.accessibilityContact()
                        .flatMap(AccessibilityContact::webAddress)
                        .orElse(null));
    }
}
