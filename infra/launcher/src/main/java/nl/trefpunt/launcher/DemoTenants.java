package nl.trefpunt.launcher;

import java.util.List;

/**
 * The three demo municipalities with centres named in their own policy documents (see
 * shared/MODELS.md: seeds 000, 003 and 004), and one demo login per role.
 */
public final class DemoTenants {

    /** Every demo login uses this password. */
    public static final String PASSWORD = "trefpunt";

    public record Tenant(String slug, String name, String gemeentecode, List<Centre> centres) {}

    /** @param type the kind of centre as core-service takes it (buurthuis, mfc, jongerencentrum, ...) */
    public record Centre(String name, String type) {}

    /** @param role a realm role; {@code tenant} is null for the platform administrator */
    public record User(String username, String firstName, String lastName, String role, String tenant) {

        public String email() {
            return username + "@demo.trefpunt.nl";
        }
    }

    public static final Tenant ARNHEM = new Tenant(
            "arnhem",
            "Gemeente Arnhem",
            "GM0202",
            // Seed 000: resident-run buurthuizen, a welfare-run meeting place (Rijnstad), an MFC.
            List.of(
                    new Centre("De Wasplaats", "buurthuis"),
                    new Centre("De Lommerd", "buurthuis"),
                    new Centre("De Nieuwe Hommel", "buurthuis"),
                    new Centre("De Oosthof", "buurthuis"),
                    new Centre("De Overkant", "buurthuis"),
                    new Centre("'t Huukske", "buurthuis"),
                    new Centre("Vredenburcht", "buurthuis"),
                    new Centre("Buurthuis Elden", "buurthuis"),
                    new Centre("Buurthuis Moes", "buurthuis"),
                    new Centre("De Duiventil", "buurthuis"),
                    new Centre("Dorpshuis Schaarsbergen", "dorpshuis"),
                    new Centre("De Laarhof", "ontmoetingslocatie"),
                    new Centre("Wijkcentrum Symfonie", "wijkcentrum"),
                    new Centre("De Wetering", "mfc")));

    public static final Tenant OSS = new Tenant(
            "oss",
            "Gemeente Oss",
            "GM0828",
            // Seed 003: wijk- en dorpshuizen run by management foundations.
            List.of(
                    new Centre("De Bongerd", "gemeenschapshuis"),
                    new Centre("Avanthi", "gemeenschapshuis"),
                    new Centre("Kortfoort", "gemeenschapshuis"),
                    new Centre("De Bonte Hoef", "gemeenschapshuis"),
                    new Centre("De Binnenstad", "gemeenschapshuis"),
                    new Centre("Macharen", "gemeenschapshuis"),
                    new Centre("De Berchplaets", "gemeenschapshuis"),
                    new Centre("Wij(k)huis de Haard", "gemeenschapshuis"),
                    new Centre("Iemhof", "gemeenschapshuis")));

    public static final Tenant HILVERSUM = new Tenant(
            "hilversum",
            "Gemeente Hilversum",
            "GM0402",
            // Seed 004: three resident-run centres, four youth centres, five run by Versa Welzijn.
            List.of(
                    new Centre("Kruisdam", "buurthuis"),
                    new Centre("Geus", "buurthuis"),
                    new Centre("Zoutkeet", "buurthuis"),
                    new Centre("Keet", "jongerencentrum"),
                    new Centre("Web", "jongerencentrum"),
                    new Centre("MIX", "jongerencentrum"),
                    new Centre("Noord", "jongerencentrum"),
                    new Centre("Koepel", "buurthuis"),
                    new Centre("Lelie", "buurthuis"),
                    new Centre("Riebeeck", "buurthuis"),
                    new Centre("St. Joseph", "buurthuis"),
                    new Centre("Lopes Dias", "mfc")));

    public static final List<Tenant> ALL = List.of(ARNHEM, OSS, HILVERSUM);

    /** The tenant roles, each with the part of the demo username that stands for it. */
    private static final List<String[]> ROLES = List.of(
            new String[] {"municipality-admin", "admin", "Beheerder"},
            new String[] {"municipality-staff", "medewerker", "Medewerker"},
            new String[] {"backoffice-staff", "backoffice", "Backoffice"},
            new String[] {"centre-manager", "centrumbeheerder", "Centrumbeheerder"},
            new String[] {"hirer", "huurder", "Huurder"});

    /** Defined in infra/keycloak/trefpunt-realm.json, not created by the launcher. */
    public static final User PLATFORM_ADMIN =
            new User("platform-admin", "Platform", "Beheerder", "platform-admin", null);

    public static final String PLATFORM_ADMIN_PASSWORD = "platform-admin";

    private DemoTenants() {}

    /** One login per tenant role, e.g. {@code arnhem-admin} (municipality-admin of Arnhem). */
    public static List<User> users(Tenant tenant) {
        String place = tenant.name().replace("Gemeente ", "");
        return ROLES.stream()
                .map(role -> new User(tenant.slug() + "-" + role[1], role[2], place, role[0], tenant.slug()))
                .toList();
    }

    public static Tenant tenant(String slug) {
        return ALL.stream()
                .filter(t -> t.slug().equals(slug))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo tenant " + slug));
    }
}
