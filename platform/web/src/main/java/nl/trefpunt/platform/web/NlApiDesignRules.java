package nl.trefpunt.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.servers.ServerVariable;
import io.swagger.v3.oas.models.servers.ServerVariables;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Shapes each service's generated OpenAPI document to the NL API Design Rules, so the committed
 * snapshot passes the Logius linter: contact, a versioned server URL per tenant, the
 * {@code API-Version} header on every success, problem+json on every error, 400 documented.
 */
public class NlApiDesignRules implements OpenApiCustomizer {

    static final String API_PREFIX = "/api/v1";
    private static final String PROBLEM = "Problem";
    private static final String BEARER = "bearer";

    private final ApiProperties api;

    public NlApiDesignRules(ApiProperties api) {
        this.api = api;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.setInfo(new Info()
                .title(api.title())
                .description(api.description())
                .version(api.version())
                .contact(new Contact()
                        .name("Trefpunt")
                        .email("api@trefpunt.nl")
                        .url("https://trefpunt.nl/ontwikkelaars")));
        openApi.setServers(List.of(new Server()
                .url("https://{host}/{tenant}" + API_PREFIX)
                .description("De API van één gemeente (tenant) op Trefpunt")
                .variables(new ServerVariables()
                        .addServerVariable("host", new ServerVariable()._default("trefpunt.nl"))
                        .addServerVariable(
                                "tenant",
                                new ServerVariable()
                                        ._default("arnhem")
                                        .description("De gemeente, bijvoorbeeld arnhem, oss of hilversum")))));

        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        if (components.getSchemas() != null) {
            components.getSchemas().remove("ProblemDetail");
        }
        components.addSchemas(PROBLEM, problemSchema());
        components.addSchemas(
                "InvalidParam",
                new ObjectSchema()
                        .addProperty("name", new StringSchema().description("Het veld met de fout"))
                        .addProperty("reason", new StringSchema().description("Wat er mis is")));
        components.addHeaders(
                ApiVersionHeader.NAME,
                new Header()
                        .description("De volledige versie van de API")
                        .schema(new StringSchema().example(api.version())));
        components.addSecuritySchemes(
                BEARER,
                new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT"));
        openApi.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));

        Paths relative = new Paths();
        if (openApi.getPaths() != null) {
            new TreeMap<>(openApi.getPaths()).forEach((path, item) -> {
                item.readOperationsMap().forEach((method, operation) -> document(method, operation, path));
                relative.addPathItem(path.startsWith(API_PREFIX) ? path.substring(API_PREFIX.length()) : path, item);
            });
        }
        openApi.setPaths(relative);
    }

    private void document(PathItem.HttpMethod method, Operation operation, String path) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        ApiResponses documented = new ApiResponses();
        responses.forEach((code, response) -> {
            if (code.startsWith("2") || code.startsWith("3")) {
                response.addHeaderObject(
                        ApiVersionHeader.NAME, new Header().$ref("#/components/headers/" + ApiVersionHeader.NAME));
                documented.addApiResponse(code, response);
            }
        });
        documented.addApiResponse("400", problem("Ongeldige invoer"));
        documented.addApiResponse("401", problem("Niet aangemeld"));
        documented.addApiResponse("403", problem("Geen toegang tot deze gemeente of handeling"));
        if (path.contains("{") || method != PathItem.HttpMethod.GET) {
            documented.addApiResponse("404", problem("Niet gevonden (ook voor gegevens van een andere gemeente)"));
        }
        responses.forEach((code, response) -> {
            if (!documented.containsKey(code) && (code.startsWith("4") || code.startsWith("5"))) {
                documented.addApiResponse(code, problem(response.getDescription()));
            }
        });
        documented.addApiResponse("500", problem("Interne fout"));
        TreeMap<String, ApiResponse> sorted = new TreeMap<>(documented);
        ApiResponses ordered = new ApiResponses();
        sorted.forEach(ordered::addApiResponse);
        operation.setResponses(ordered);
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                Problems.PROBLEM_JSON.toString(),
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new TreeMap<>();
        properties.put("type", new StringSchema().format("uri").description("Soort probleem"));
        properties.put("title", new StringSchema().description("Korte omschrijving"));
        properties.put("status", new IntegerSchema().format("int32").description("HTTP-status"));
        properties.put("detail", new StringSchema().description("Uitleg voor dit geval"));
        properties.put("instance", new StringSchema().format("uri-reference").description("Het verzoek"));
        properties.put(
                "invalidParams",
                new ArraySchema()
                        .items(new Schema<>().$ref("#/components/schemas/InvalidParam"))
                        .description("Per veld wat er mis is (alleen bij 400)"));
        Schema<?> problem = new ObjectSchema().description("Foutmelding volgens RFC 9457");
        problem.setProperties(properties);
        problem.setRequired(List.of("status", "title", "detail"));
        return problem;
    }
}
