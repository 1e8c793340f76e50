package nl.trefpunt.tenant.registry;

import java.util.regex.Pattern;

/**
 * The CBS code of a municipality: {@code GM} and four digits ({@code GM0202} is Arnhem). It ties a
 * tenant to the national statistics and to the CBS area codes (wijk, buurt) that start with it.
 */
public record Gemeentecode(String value) {

    private static final Pattern FORMAT = Pattern.compile("GM\\d{4}");

    public Gemeentecode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidGemeentecode(value);
        }
    }

    public static Gemeentecode of(String value) {
        return new Gemeentecode(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }

    /** A code that is not GM followed by four digits. */
    public static final class InvalidGemeentecode extends IllegalArgumentException {
        InvalidGemeentecode(String value) {
            super("'" + value + "' is geen CBS-gemeentecode (GM gevolgd door vier cijfers, bijvoorbeeld GM0202)");
        }
    }
}
