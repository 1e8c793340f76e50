package nl.trefpunt.launcher;

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

    static Map<String, String> environment(
            PlatformService service, PlatformSettings settings, PostgresServer postgres, KeycloakServer keycloak) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put(
                "SPRING_APPLICATION_JSON",
                JsonClient.json.writeValueAsString(properties(service, settings, postgres, keycloak)));
        // The same settings under the names the services' application.yml and the container
        // images read (infra/docker-compose.yml, infra/k8s), for anything that reads them directly.
        environment.put("TREFPUNT_KEYCLOAK_URL", keycloak.baseUrl().toString());
        environment.put("TREFPUNT_GATEWAY_CLIENT_SECRET", settings.gatewayClientSecret());
        environment.put("TREFPUNT_SERVICES_CLIENT_SECRET", settings.servicesClientSecret());
        return environment;
    }

    static Map<String, Object> properties(
            PlatformService service, PlatformSettings settings, PostgresServer postgres, KeycloakServer keycloak) {
        Ports ports = settings.ports();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("server.port", service.port(ports));
        p.put("trefpunt.keycloak.url", keycloak.baseUrl().toString());
        p.put("trefpunt.keycloak.gateway.client-secret", settings.gatewayClientSecret());
        p.put("trefpunt.keycloak.services.client-secret", settings.servicesClientSecret());
        if (service == PlatformService.GATEWAY) {
            p.put("trefpunt.services.tenant-url", url(ports.tenantService()));
            p.put("trefpunt.services.core-url", url(ports.coreService()));
            p.put("trefpunt.services.reservation-url", url(ports.reservationService()));
        } else {
            p.put(
                    "spring.security.oauth2.resourceserver.jwt.issuer-uri",
                    keycloak.issuer().toString());
            p.put("spring.datasource.url", postgres.jdbcUrl(service.database().orElseThrow()));
            p.put("spring.datasource.username", PostgresServer.USER);
            p.put("spring.datasource.password", PostgresServer.PASSWORD);
            p.put("trefpunt.services.tenant-url", url(ports.tenantService()));
            p.put("trefpunt.services.core-url", url(ports.coreService()));
            p.put("trefpunt.services.reservation-url", url(ports.reservationService()));
        }
        p.putAll(settings.serviceProperties().getOrDefault(service, Map.of()));
        return p;
    }

    private static String url(int port) {
        return "http://localhost:" + port;
    }
}
