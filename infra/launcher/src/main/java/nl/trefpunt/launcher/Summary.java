package nl.trefpunt.launcher;

import java.util.List;
import java.util.Locale;

/** What a person needs once the platform runs: where to go and how to log in. */
final class Summary {

    private Summary() {}

    /** Who can reach what, so nobody exposes more than they meant to without knowing it. */
    static String exposure(PlatformSettings settings) {
        Addresses addresses = settings.addresses();
        String gateway = Addresses.reachableFromOutside(addresses.gateway())
                ? "gateway from other machines too (" + addresses.gateway() + ":"
                        + settings.ports().gateway() + ", TREFPUNT_GATEWAY_ADDRESS=127.0.0.1 keeps it here)"
                : "gateway only on this machine (TREFPUNT_GATEWAY_ADDRESS)";
        String keycloak = Addresses.reachableFromOutside(addresses.keycloak())
                ? "; Keycloak from other machines too (" + addresses.keycloak() + ", admin console included)"
                : "; Keycloak only on this machine";
        return gateway + keycloak + "; the services and PostgreSQL only on this machine";
    }

    static String of(Platform platform, List<DemoData.Login> logins) {
        StringBuilder text = new StringBuilder();
        String line = "=".repeat(78);
        text.append(line).append('\n');
        text.append("  Trefpunt runs on  ").append(platform.gatewayUrl()).append('\n');
        text.append("  Reachable         ")
                .append(exposure(platform.settings()))
                .append('\n');
        text.append("  Keycloak admin    ")
                .append(platform.keycloak().baseUrl())
                .append("/admin  (admin / admin)\n");
        text.append('\n');
        text.append("  Demo logins (password for all: ")
                .append(DemoTenants.PASSWORD)
                .append(")\n");
        String tenant = null;
        for (DemoData.Login login : logins) {
            if (!login.tenant().equals(tenant)) {
                tenant = login.tenant();
                text.append(String.format(
                        Locale.ROOT, "    %s  %s%n", tenant, platform.gatewayUrl() + "/" + tenant + "/centra"));
            }
            text.append(String.format(Locale.ROOT, "      %-28s %s%n", login.username(), login.role()));
        }
        text.append(String.format(
                Locale.ROOT,
                "    every tenant%n      %-28s %s (password %s)%n",
                DemoTenants.PLATFORM_ADMIN.username(),
                DemoTenants.PLATFORM_ADMIN.role(),
                DemoTenants.PLATFORM_ADMIN_PASSWORD));
        text.append('\n');
        text.append("  Logs: ").append(platform.settings().logDirectory()).append('\n');
        text.append("  Stop: Ctrl-C\n");
        text.append(line);
        return text.toString();
    }
}
