package nl.trefpunt.launcher;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each service is told about the machine it runs on: its port, its database, Keycloak and
 * the other services. Passed as {@code SPRING_APPLICATION_JSON}, which Spring Boot reads with a
 * higher precedence than the services' own application.yml and which, unlike command-line
 * arguments, does not show secrets in the process list.
 */
final class ServiceConfiguration {

    private ServiceConfiguration() {}

    static Map<String, String> environment(PlatformService service, PlatformSettings settings, URI keycloak) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put(
                "SPRING_APPLICATION_JSON", JsonClient.json.writeValueAsString(properties(service, settings, keycloak)));
        // The same settings under the names the services' application.yml and the container
        // images read (infra/docker-compose.yml, infra/k8s), for anything that reads them directly.
        environment.put("TREFPUNT_KEYCLOAK_URL", keycloak.toString());
        environment.put("TREFPUNT_GATEWAY_CLIENT_SECRET", settings.gatewayClientSecret());
        environment.put("TREFPUNT_SERVICES_CLIENT_SECRET", settings.servicesClientSecret());
        return environment;
    }

    /**
     * @param keycloak Keycloak's public URL, the one browsers use and tokens name as issuer
     */
    static Map<String, Object> properties(PlatformService service, PlatformSettings settings, URI keycloak) {
        Ports ports = settings.ports();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("server.port", service.port(ports));
        // Only the gateway may be reachable from other machines; a service reached directly would
        // be reached around the gateway's tenant, size and rate checks.
        p.put(
                "server.address",
                service == PlatformService.GATEWAY ? settings.addresses().gateway() : Addresses.LOOPBACK);
        p.put("trefpunt.keycloak.url", keycloak.toString());
        p.put("trefpunt.keycloak.gateway.client-secret", settings.gatewayClientSecret());
        p.put("trefpunt.keycloak.services.client-secret", settings.servicesClientSecret());
        if (service == PlatformService.GATEWAY) {
            p.put("trefpunt.services.tenant-url", url(ports.tenantService()));
            p.put("trefpunt.services.core-url", url(ports.coreService()));
            p.put("trefpunt.services.reservation-url", url(ports.reservationService()));
        } else {
            p.put(
                    "spring.security.oauth2.resourceserver.jwt.issuer-uri",
                    KeycloakServer.issuer(keycloak).toString());
            p.put(
                    "spring.datasource.url",
                    PostgresServer.jdbcUrl(ports.postgres(), service.database().orElseThrow()));
            p.put("spring.datasource.username", PostgresServer.USER);
            p.put("spring.datasource.password", PostgresServer.PASSWORD);
            p.put("trefpunt.services.tenant-url", url(ports.tenantService()));
            p.put("trefpunt.services.core-url", url(ports.coreService()));
            p.put("trefpunt.services.reservation-url", url(ports.reservationService()));
        }
        p.putAll(settings.serviceProperties().getOrDefault(service, Map.of()));
        return p;
    }

    /** The services call each other on the loopback address, where they listen. */
    private static String url(int port) {
        return "http://" + Addresses.LOOPBACK + ":" + port;
    }
}
