package nl.trefpunt.tenant.registry.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.servers.ServerVariable;
import io.swagger.v3.oas.models.servers.ServerVariables;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The registry is platform-wide: the gateway serves it at {@code /api/v1/tenants} on the root, not
 * under a tenant like the rest of the platform's APIs. Its paths therefore name their own server.
 * Written to hold whether it runs before or after the platform's customizer strips {@code /api/v1}.
 */
@Component
class RegistryServers implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            if (path.startsWith("/tenants") || path.startsWith("/api/v1/tenants")) {
                item.setServers(List.of(new Server()
                        .url("https://{host}/api/v1")
                        .description("Het register van gemeenten, voor het hele platform")
                        .variables(new ServerVariables()
                                .addServerVariable("host", new ServerVariable()._default("trefpunt.nl")))));
            }
        });
    }
}
