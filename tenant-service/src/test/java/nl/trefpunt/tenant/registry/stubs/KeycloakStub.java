package nl.trefpunt.tenant.registry.stubs;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.trefpunt.platform.security.Role;
import nl.trefpunt.platform.test.TestTokens;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stands in for Keycloak over real HTTP: the realm's token endpoint (client credentials of
 * {@code trefpunt-services}) and the parts of the admin API that keycloak-admin-client calls for
 * organizations, users and realm roles, with Keycloak's status codes (201 + Location, 409 on a
 * duplicate, 204 on updates). Admin calls need a token this stub issued.
 */
public class KeycloakStub extends StubServer {

    public static final String CLIENT_ID = "trefpunt-services";
    public static final String CLIENT_SECRET = "trefpunt-services-dev-secret";
    private static final String ADMIN = "/admin/realms/trefpunt";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An organization as Keycloak keeps it, with its members' user ids. */
    public record Organization(String id, String alias, String name, Set<String> members) {}

    /** A user as Keycloak keeps it. */
    public record User(
            String id,
            String username,
            String email,
            String firstName,
            String lastName,
            boolean emailVerified,
            String password,
            Set<String> realmRoles) {}

    private final Set<String> issued = ConcurrentHashMap.newKeySet();
    private final Map<String, Organization> organizations = new LinkedHashMap<>();
    private final Map<String, User> users = new LinkedHashMap<>();
    private volatile int failAdminWith;

    public boolean issuedToken(String token) {
        return issued.contains(token);
    }

    /** Answers every admin API request with this status until {@link #recover()}. */
    public void failAdminWith(int status) {
        this.failAdminWith = status;
    }

    public void recover() {
        this.failAdminWith = 0;
    }

    public synchronized List<Organization> organizationsWithAlias(String alias) {
        return organizations.values().stream()
                .filter(o -> o.alias().equals(alias))
                .toList();
    }

    public synchronized List<User> usersNamed(String username) {
        return users.values().stream()
                .filter(u -> u.username().equals(username))
                .toList();
    }

    /** A user that exists in Keycloak before Trefpunt enrols them. */
    public synchronized User addUser(
            String username, String email, Set<String> realmRoles, String... organizationAliases) {
        User user = new User(
                UUID.randomUUID().toString(),
                username,
                email,
                "Bestaand",
                "Account",
                true,
                null,
                new LinkedHashSet<>(realmRoles));
        users.put(user.id(), user);
        for (String alias : organizationAliases) {
            organizationsWithAlias(alias).forEach(o -> o.members().add(user.id()));
        }
        return user;
    }

    @Override
    void handle(Received request, HttpExchange exchange) throws IOException {
        if (request.path().equals("/realms/trefpunt/protocol/openid-connect/token")) {
            token(request, exchange);
            return;
        }
        if (!request.path().startsWith(ADMIN + "/")) {
            respond(exchange, 404, null, null);
            return;
        }
        if (failAdminWith != 0) {
            respond(exchange, failAdminWith, "application/json", "{\"error\":\"unavailable\"}");
            return;
        }
        String authorization = request.authorization();
        if (authorization == null
                || !authorization.startsWith("Bearer ")
                || !issued.contains(authorization.substring(7))) {
            respond(exchange, 401, "application/json", "{\"error\":\"HTTP 401 Unauthorized\"}");
            return;
        }
        synchronized (this) {
            admin(request, request.path().substring(ADMIN.length()), query(request.query()), exchange);
        }
    }

    private void token(Received request, HttpExchange exchange) throws IOException {
        Map<String, String> form = query(request.body());
        String clientId = form.get("client_id");
        String secret = form.get("client_secret");
        String basic = request.authorization();
        if (basic != null && basic.startsWith("Basic ")) {
            String[] pair =
                    new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8).split(":", 2);
            clientId = URLDecoder.decode(pair[0], StandardCharsets.UTF_8);
            secret = URLDecoder.decode(pair[1], StandardCharsets.UTF_8);
        }
        if (!"client_credentials".equals(form.get("grant_type"))
                || !CLIENT_ID.equals(clientId)
                || !CLIENT_SECRET.equals(secret)) {
            respond(exchange, 401, "application/json", "{\"error\":\"unauthorized_client\"}");
            return;
        }
        String token = TestTokens.service();
        issued.add(token);
        respond(
                exchange,
                200,
                "application/json",
                JSON.writeValueAsString(
                        Map.of("access_token", token, "token_type", "Bearer", "expires_in", 300, "scope", "profile")));
    }

    private static final Pattern ORGANIZATION = Pattern.compile("/organizations/([^/]+)");
    private static final Pattern ORGANIZATION_MEMBERS = Pattern.compile("/organizations/([^/]+)/members");
    private static final Pattern MEMBER_ORGANIZATIONS = Pattern.compile("/organizations/members/([^/]+)/organizations");
    private static final Pattern USER = Pattern.compile("/users/([^/]+)");
    private static final Pattern PERSON_NAME_PROHIBITED = Pattern.compile("[<>&\"$%!#?§;*~/\\\\|^=\\[\\]{}()]");
    private static final Pattern USER_REALM_ROLES = Pattern.compile("/users/([^/]+)/role-mappings/realm(/composite)?");
    private static final Pattern ROLE = Pattern.compile("/roles/([^/]+)");

    private void admin(Received request, String path, Map<String, String> query, HttpExchange exchange)
            throws IOException {
        String method = request.method();
        Matcher m;
        if (method.equals("GET") && path.equals("/organizations")) {
            List<Organization> all = new ArrayList<>(organizations.values());
            String search = query.get("search");
            if (search != null) {
                boolean exact = "true".equals(query.get("exact"));
                all.removeIf(o -> exact
                        ? !o.name().equals(search)
                        : !o.name().toLowerCase().contains(search.toLowerCase()));
            }
            int first = Integer.parseInt(query.getOrDefault("first", "0"));
            int max = Integer.parseInt(query.getOrDefault("max", "10"));
            json(
                    exchange,
                    200,
                    all.stream()
                            .skip(first)
                            .limit(max)
                            .map(KeycloakStub::organization)
                            .toList());
        } else if (method.equals("POST") && path.equals("/organizations")) {
            Map<String, Object> body = body(request);
            String alias = String.valueOf(body.getOrDefault("alias", body.get("name")));
            String name = String.valueOf(body.get("name"));
            if (organizations.values().stream().anyMatch(o -> o.name().equals(name))) {
                json(exchange, 409, Map.of("errorMessage", "A organization with the same name already exists."));
            } else if (organizations.values().stream().anyMatch(o -> o.alias().equals(alias))) {
                json(exchange, 409, Map.of("errorMessage", "A organization with the same alias already exists"));
            } else {
                Organization created =
                        new Organization(UUID.randomUUID().toString(), alias, name, ConcurrentHashMap.newKeySet());
                organizations.put(created.id(), created);
                created(exchange, url() + ADMIN + "/organizations/" + created.id());
            }
        } else if (method.equals("GET") && (m = MEMBER_ORGANIZATIONS.matcher(path)).matches()) {
            String userId = m.group(1);
            json(
                    exchange,
                    200,
                    organizations.values().stream()
                            .filter(o -> o.members().contains(userId))
                            .map(KeycloakStub::organization)
                            .toList());
        } else if ((m = ORGANIZATION_MEMBERS.matcher(path)).matches() && method.equals("POST")) {
            Organization organization = organizations.get(m.group(1));
            String userId = request.body().replace("\"", "").strip();
            if (organization == null || !users.containsKey(userId)) {
                json(exchange, 404, Map.of("errorMessage", "not found"));
            } else if (!organization.members().add(userId)) {
                json(exchange, 409, Map.of("errorMessage", "User is already a member of the organization"));
            } else {
                respond(exchange, 201, null, null);
            }
        } else if ((m = ORGANIZATION.matcher(path)).matches()) {
            Organization organization = organizations.get(m.group(1));
            if (organization == null) {
                json(exchange, 404, Map.of("error", "Organization not found"));
            } else if (method.equals("GET")) {
                json(exchange, 200, organization(organization));
            } else if (method.equals("PUT")) {
                Organization renamed = new Organization(
                        organization.id(),
                        organization.alias(),
                        String.valueOf(body(request).get("name")),
                        organization.members());
                organizations.put(renamed.id(), renamed);
                respond(exchange, 204, null, null);
            } else {
                respond(exchange, 405, null, null);
            }
        } else if (method.equals("GET") && path.equals("/users")) {
            String username = query.get("username");
            json(
                    exchange,
                    200,
                    users.values().stream()
                            .filter(u -> username == null || u.username().equals(username.toLowerCase()))
                            .map(KeycloakStub::user)
                            .toList());
        } else if (method.equals("POST") && path.equals("/users")) {
            Map<String, Object> body = body(request);
            String username = String.valueOf(body.get("username")).toLowerCase();
            String email = (String) body.get("email");
            if (PERSON_NAME_PROHIBITED
                    .matcher(String.valueOf(body.get("firstName")))
                    .find()) {
                // Keycloak's default user profile refuses these characters in a person's name.
                json(
                        exchange,
                        400,
                        Map.of("field", "firstName", "errorMessage", "error-person-name-invalid-character"));
            } else if (users.values().stream().anyMatch(u -> u.username().equals(username))) {
                json(exchange, 409, Map.of("errorMessage", "User exists with same username"));
            } else if (email != null && users.values().stream().anyMatch(u -> email.equals(u.email()))) {
                json(exchange, 409, Map.of("errorMessage", "User exists with same email"));
            } else {
                String password = null;
                if (body.get("credentials") instanceof List<?> credentials && !credentials.isEmpty()) {
                    password = String.valueOf(((Map<?, ?>) credentials.get(0)).get("value"));
                }
                User user = new User(
                        UUID.randomUUID().toString(),
                        username,
                        email,
                        (String) body.get("firstName"),
                        (String) body.get("lastName"),
                        Boolean.TRUE.equals(body.get("emailVerified")),
                        password,
                        new LinkedHashSet<>());
                users.put(user.id(), user);
                created(exchange, url() + ADMIN + "/users/" + user.id());
            }
        } else if ((m = USER_REALM_ROLES.matcher(path)).matches()) {
            User user = users.get(m.group(1));
            if (user == null) {
                json(exchange, 404, Map.of("error", "User not found"));
            } else if (method.equals("GET")) {
                List<String> roles = new ArrayList<>(user.realmRoles());
                if (m.group(2) != null) {
                    roles.add("default-roles-trefpunt");
                }
                json(exchange, 200, roles.stream().map(KeycloakStub::role).toList());
            } else if (method.equals("POST")) {
                List<?> roles = JSON.readValue(request.body(), List.class);
                roles.forEach(r -> user.realmRoles().add(String.valueOf(((Map<?, ?>) r).get("name"))));
                respond(exchange, 204, null, null);
            } else {
                respond(exchange, 405, null, null);
            }
        } else if (method.equals("GET") && (m = USER.matcher(path)).matches()) {
            User user = users.get(m.group(1));
            if (user == null) {
                json(exchange, 404, Map.of("error", "User not found"));
            } else {
                json(exchange, 200, user(user));
            }
        } else if (method.equals("GET") && (m = ROLE.matcher(path)).matches()) {
            String name = m.group(1);
            boolean known = java.util.Arrays.stream(Role.values())
                    .anyMatch(r -> r.realmRole().equals(name));
            if (known) {
                json(exchange, 200, role(name));
            } else {
                json(exchange, 404, Map.of("error", "Could not find role"));
            }
        } else {
            json(exchange, 404, Map.of("error", "stub does not know " + method + " " + path));
        }
    }

    private static Map<String, Object> organization(Organization o) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", o.id());
        json.put("alias", o.alias());
        json.put("name", o.name());
        json.put("enabled", true);
        json.put("domains", List.of());
        return json;
    }

    private static Map<String, Object> user(User u) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", u.id());
        json.put("username", u.username());
        json.put("email", u.email());
        json.put("firstName", u.firstName());
        json.put("lastName", u.lastName());
        json.put("enabled", true);
        json.put("emailVerified", u.emailVerified());
        return json;
    }

    private static Map<String, Object> role(String name) {
        return Map.of("id", "role-" + name, "name", name, "composite", false, "clientRole", false);
    }

    private void json(HttpExchange exchange, int status, Object body) throws IOException {
        respond(exchange, status, "application/json", JSON.writeValueAsString(body));
    }

    private static void created(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        respond(exchange, 201, null, null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Received request) {
        return JSON.readValue(request.body(), Map.class);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isBlank()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(
                    URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return params;
    }
}
