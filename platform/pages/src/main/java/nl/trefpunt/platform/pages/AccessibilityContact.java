package nl.trefpunt.platform.pages;

import java.net.URI;
import java.util.Optional;

/**
 * Where a person reports an accessibility problem: an e-mail address, a web page (a form, say), or
 * both. The accessibility statement shows it with working links.
 *
 * @param email an e-mail address, or null
 * @param url an {@code http(s)} web address, or null
 */
public record AccessibilityContact(String email, String url) {

    public AccessibilityContact {
        email = email == null || email.isBlank() ? null : email.strip();
        url = url == null || url.isBlank() ? null : url.strip();
        if (email == null && url == null) {
            throw new IllegalArgumentException("An accessibility contact needs an e-mail address or a web address");
        }
        if (email != null && (!email.contains("@") || email.chars().anyMatch(Character::isWhitespace))) {
            throw new IllegalArgumentException("Not an e-mail address: " + email);
        }
        if (url != null && !isWebAddress(url)) {
            throw new IllegalArgumentException("Not an http(s) web address: " + url);
        }
    }

    /** A contact from optional parts; empty when neither is given. */
    public static Optional<AccessibilityContact> of(String email, String url) {
        boolean none = (email == null || email.isBlank()) && (url == null || url.isBlank());
        return none ? Optional.empty() : Optional.of(new AccessibilityContact(email, url));
    }

    /** One configured value that is either an e-mail address or a web address. */
    static Optional<AccessibilityContact> parse(String emailOrUrl) {
        if (emailOrUrl == null || emailOrUrl.isBlank()) {
            return Optional.empty();
        }
        String value = emailOrUrl.strip();
        return Optional.of(
                isWebAddress(value) ? new AccessibilityContact(null, value) : new AccessibilityContact(value, null));
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = URI.create(value);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
