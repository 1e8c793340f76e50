package nl.trefpunt.gateway.tenant;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The first path segment at the gateway, once it is known to be shaped like a tenant. Same rule
 * as the services' {@code TenantId}, so a slug the gateway lets through is one they accept.
 */
public record TenantSlug(String value) {

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final int MAX_LENGTH = 40;

    public TenantSlug {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a tenant slug: " + value);
        }
    }

    public static Optional<TenantSlug> parse(String candidate) {
        return isValid(candidate) ? Optional.of(new TenantSlug(candidate)) : Optional.empty();
    }

    private static boolean isValid(String candidate) {
        return candidate != null
                && candidate.length() <= MAX_LENGTH
                && SLUG.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
