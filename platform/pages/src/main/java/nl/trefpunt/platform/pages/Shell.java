package nl.trefpunt.platform.pages;

import java.util.List;

/**
 * What the layout shows around a page, as the template reads it ({@code ${shell...}}).
 *
 * @param language the page language, {@code nl} or {@code en}, for {@code <html lang>}
 * @param tenant the tenant's slug, or null on a page outside any tenant
 * @param tenantName the tenant's display name for the header, or null without a tenant
 * @param userName who is signed in, or null
 * @param roles the person's Trefpunt realm roles ({@code municipality-admin}, ...), in a fixed order
 * @param signedIn whether a person is signed in (the page then offers to log out)
 * @param navigation one link per service section the person may open, marked current where the
 *     page lives
 * @param startHref the tenant's start page (its first menu section), or null without a tenant
 * @param overviewHref the gateway's overview of the person's municipalities, outside any tenant
 * @param logoutAction where the logout form posts to: the gateway's, outside any tenant
 * @param languages one link per supported language, to the same page in that language
 * @param accessibilityStatementHref the accessibility statement, within the tenant
 * @param themeCssHref the tenant's own token stylesheet, or null
 */
public record Shell(
        String language,
        String tenant,
        String tenantName,
        String userName,
        List<String> roles,
        boolean signedIn,
        List<Link> navigation,
        String startHref,
        String overviewHref,
        String logoutAction,
        List<Link> languages,
        String accessibilityStatementHref,
        String themeCssHref) {

    public Shell {
        roles = List.copyOf(roles);
        navigation = List.copyOf(navigation);
        languages = List.copyOf(languages);
    }

    /**
     * @param key the message-key suffix and identity of the target ({@code centra}, {@code en})
     * @param href where it goes, including the gateway's tenant prefix
     * @param current whether the page shown is (in) this target
     */
    public record Link(String key, String href, boolean current) {}
}
