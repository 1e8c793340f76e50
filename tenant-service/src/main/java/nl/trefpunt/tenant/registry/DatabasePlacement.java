package nl.trefpunt.tenant.registry;

import java.util.regex.Pattern;

/**
 * The database (cluster) a tenant's schemas live in. Every tenant starts in {@code default}; a large
 * municipality can later be given a cluster of its own, and this record says where it went.
 */
public record DatabasePlacement(String name) {

    // Declared before DEFAULT, which needs it while the class initialises.
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    public static final DatabasePlacement DEFAULT = new DatabasePlacement("default");

    public DatabasePlacement {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is geen geldige databaseplaatsing"
                    + " (kleine letters, cijfers en koppeltekens, hoogstens 63 tekens)");
        }
    }

    public static boolean isValid(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    @Override
    public String toString() {
        return name;
    }
}
