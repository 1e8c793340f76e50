package nl.trefpunt.tenant.registry;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where people report an accessibility problem to the municipality: an e-mail address, a web page
 * (a form, say), or both. The accessibility statement of the municipality's pages links to it; a
 * municipality without one gets the platform's contact there instead ({@link #NONE}).
 *
 * @param email an e-mail address, or null
 * @param url an {@code http(s)} web address, or null
 */
public record AccessibilityContact(String email, String url) {

    public static final int MAX_EMAIL_LENGTH = 254;
    public static final int MAX_URL_LENGTH = 500;

    /** The municipality gave no contact of its own. */
    public static final AccessibilityContact NONE = new AccessibilityContact(null, null);

    public AccessibilityContact {
        email = email == null || email.isBlank() ? null : email.strip();
        url = url == null || url.isBlank() ? null : url.strip();
        if (email != null && !isEmailAddress(email)) {
            throw new IllegalArgumentException("Geen geldig e-mailadres voor toegankelijkheid: " + email);
        }
        if (url != null && !isWebAddress(url)) {
            throw new IllegalArgumentException("Geen geldig webadres (http of https) voor toegankelijkheid: " + url);
        }
    }

    /** Something a {@code mailto:} link can be made of; blank counts as absent. */
    public static boolean isEmailAddress(String value) {
        String email = value.strip();
        return email.isEmpty()
                || (email.length() <= MAX_EMAIL_LENGTH
                        && email.indexOf('@') >= 1
                        && email.indexOf('@') == email.lastIndexOf('@')
                        && email.indexOf('@') < email.length() - 1
                        && email.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)));
    }

    public boolean isNone() {
        return email == null && url == null;
    }

    public Optional<String> emailAddress() {
        return Optional.ofNullable(email);
    }

    public Optional<String> webAddress() {
        return Optional.ofNullable(url);
    }

    /** An absolute {@code http(s)} address with a host, as a link needs it; blank counts as absent. */
    public static boolean isWebAddress(String value) {
        if (value.isBlank()) {
            return true;
        }
        if (value.strip().length() > MAX_URL_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(value.strip());
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
