package nl.trefpunt.platform.pages;

import java.util.Optional;
import nl.trefpunt.platform.tenancy.TenantContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The accessibility statement the footer links to ({@code /{tenant}/toegankelijkheid}). Every
 * service with pages has it; the one that knows the municipality's own contact for accessibility
 * problems (a {@link TenantAccessibilityContacts} bean, tenant-service) shows that, the others show
 * the platform's contact.
 */
@Pages
class AccessibilityStatementPage {

    private final ObjectProvider<TenantAccessibilityContacts> tenantContacts;
    private final AccessibilityContact platformContact;

    AccessibilityStatementPage(ObjectProvider<TenantAccessibilityContacts> tenantContacts, PagesProperties properties) {
        this.tenantContacts = tenantContacts;
        this.platformContact =
                AccessibilityContact.parse(properties.accessibilityContact()).orElse(null);
    }

    @GetMapping(ShellModel.ACCESSIBILITY_STATEMENT_PATH)
    String statement(Model model) {
        TenantAccessibilityContacts contacts = tenantContacts.getIfAvailable();
        model.addAttribute(
                "contact",
                TenantContext.current()
                        .flatMap(tenant -> contacts == null ? Optional.empty() : contacts.contactOf(tenant))
                        .orElse(null));
        model.addAttribute("platformContact", platformContact);
        return "trefpunt/toegankelijkheid";
    }
}
