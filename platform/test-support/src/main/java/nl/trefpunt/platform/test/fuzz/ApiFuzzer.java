package nl.trefpunt.platform.test.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.fuzz.ApiDescription.Operation;
import nl.trefpunt.platform.test.fuzz.ApiDescription.Parameter;
import nl.trefpunt.platform.test.fuzz.SchemaValues.Intent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzes every operation a running service publishes in its OpenAPI document
 * ({@code /api/v1/openapi.json}), so an endpoint added tomorrow is covered without a line of test
 * code. Requests carry valid, boundary, invalid and hostile values for path, query and body, odd
 * parameter names, wrong content types, malformed JSON and path tricks, sent as each of a set of
 * {@link Caller}s. Every answer must keep the rules of the platform:
 *
 * <ul>
 *   <li>no 5xx (unless {@linkplain #tolerate tolerated} for a named operation, with a reason);
 *   <li>every 4xx is {@code application/problem+json} with the status in its body;
 *   <li>every answer carries {@code API-Version};
 *   <li>nothing succeeds without a valid token (unless the operation is documented as public);
 *   <li>no answer to a caller outside the marked tenant contains its {@linkplain #neverReveals marker};
 *   <li>every operation answers 2xx at least once, so the fuzzer is known to get past validation.
 * </ul>
 *
 * <p>Runs are seeded: {@code -Dtrefpunt.fuzz.seed=N} repeats a run, otherwise the seed is random and
 * printed. {@code -Dtrefpunt.fuzz.requests=N} sets the number of requests (default 3500). A failure
 * lists each broken rule once, with the seed and the exact requests that broke it.
 *
 * <pre>{@code
 * ApiFuzzer.of(port)
 *         .values("centreId", arnhemCentre)          // real rows, so requests reach the database
 *         .foreignValues("centreId", ossCentre)      // the other tenant's ids, as probes
 *         .neverReveals(marker, Caller.member("oss", "municipality-admin"), "/api/v1/centres/" + ossCentre)
 *         .run();
 * }</pre>
 */
public final class ApiFuzzer {

    public static final String SEED_PROPERTY = "trefpunt.fuzz.seed";
    public static final String REQUESTS_PROPERTY = "trefpunt.fuzz.requests";
    public static final int DEFAULT_REQUESTS = 3_500;
    public static final String OPENAPI_PATH = "/api/v1/openapi.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private final String baseUrl;
    private final Hints hints = new Hints();
    private final Map<String, String> tolerated = new HashMap<>();
    private List<Caller> callers = Caller.everyoneOf("arnhem", "oss");
    private Long seed;
    private Integer requests;
    private Predicate<String> pathFilter = path -> true;
    private String marker;
    private Caller markerOwner;
    private String markerPath;
    private boolean crossTenantSeesEveryTenant;
    private boolean requireSuccess = true;

    private ApiFuzzer(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A service on {@code localhost:port}, as {@code @ServiceIntegrationTest} starts it. */
    public static ApiFuzzer of(int port) {
        return at("http://localhost:" + port);
    }

    public static ApiFuzzer at(String baseUrl) {
        return new ApiFuzzer(baseUrl);
    }

    /** Who sends the requests; default {@link Caller#everyoneOf}("arnhem", "oss"). */
    public ApiFuzzer callers(List<Caller> callers) {
        if (callers.isEmpty()) {
            throw new IllegalArgumentException("At least one caller");
        }
        this.callers = List.copyOf(callers);
        return this;
    }

    /** Known values (ids of rows of the callers' own tenant) for parameters or properties so named. */
    public ApiFuzzer values(String name, String... values) {
        hints.addOwn(name, Arrays.asList(values));
        return this;
    }

    /**
     * Values that belong to another tenant (ids of its rows): sent to probe isolation. Callers
     * that may enter every tenant send them only in GET requests, so fuzzing never changes the
     * marked tenant's data.
     */
    public ApiFuzzer foreignValues(String name, String... values) {
        hints.addForeign(name, Arrays.asList(values));
        return this;
    }

    /**
     * No answer to a caller outside {@code owner}'s tenant may contain {@code marker} (body or
     * headers). Before and after the run, {@code owner} must see it at {@code path}: otherwise the
     * check would pass for want of data.
     */
    public ApiFuzzer neverReveals(String marker, Caller owner, String path) {
        if (owner.organization() == null) {
            throw new IllegalArgumentException("The owner of the marked data must be a member of its tenant");
        }
        this.marker = marker;
        this.markerOwner = owner;
        this.markerPath = path;
        return this;
    }

    /** For platform-wide APIs (the tenant registry): the platform admin and services see every tenant. */
    public ApiFuzzer crossTenantCallersSeeEveryTenant() {
        this.crossTenantSeesEveryTenant = true;
        return this;
    }

    /** A 5xx that is deliberate and documented, e.g. 503 when a dependency is down; say why. */
    public ApiFuzzer tolerate(int status, String operation, String why) {
        tolerated.put(status + " " + operation, why);
        return this;
    }

    /** Fixed number of requests, whatever {@code -Dtrefpunt.fuzz.requests} says. */
    public ApiFuzzer requests(int requests) {
        this.requests = requests;
        return this;
    }

    /** Fixed seed, whatever {@code -Dtrefpunt.fuzz.seed} says. */
    public ApiFuzzer seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Only the operations whose path (as served, e.g. {@code /api/v1/notices}) starts so. */
    public ApiFuzzer onlyPaths(String prefix) {
        this.pathFilter = path -> path.startsWith(prefix);
        return this;
    }

    /** Do not require a 2xx from every operation (for an API whose successes need more than values). */
    public ApiFuzzer withoutSuccessRequirement() {
        this.requireSuccess = false;
        return this;
    }

    /** What a run did. */
    public record Run(long seed, int requests, Duration took, Map<String, Map<Integer, Integer>> statuses) {}

    /** Sends the requests; throws an {@link AssertionError} listing every broken rule. */
    public Run run() {
        long runSeed = seed != null ? seed : Long.getLong(SEED_PROPERTY, new SecureRandom().nextLong());
        int count = requests != null ? requests : Integer.getInteger(REQUESTS_PROPERTY, DEFAULT_REQUESTS);
        ApiDescription api = ApiDescription.of(document());
        List<Operation> operations = api.operations().stream()
                .filter(op -> pathFilter.test(op.path()))
                .toList();
        if (operations.isEmpty()) {
            throw new IllegalStateException("No operations to fuzz in the OpenAPI document of " + api.title());
        }
        System.out.printf(
                "[api-fuzz] %s: %d requests over %d operations as %d callers, seed %d (repeat with -D%s=%d)%n",
                api.title(), count, operations.size(), callers.size(), runSeed, SEED_PROPERTY, runSeed);
        if (marker != null) {
            requireMarkerVisible("before fuzzing");
        }

        SplittableRandom random = new SplittableRandom(runSeed);
        Findings findings = new Findings();
        Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
        Instant start = Instant.now();
        for (int index = 1; index <= count; index++) {
            FuzzRequest request = generate(api, operations, random, index);
            FuzzRequest.Answer answer;
            try {
                answer = request.send(baseUrl);
            } catch (IOException e) {
                findings.add(Findings.Rule.NO_ANSWER, request, null, e.toString());
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(
                        "The fuzzer built a request it cannot send: " + request.describe(baseUrl), e);
            }
            statuses.computeIfAbsent(request.operation(), k -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
            check(request, answer, findings);
        }
        Duration took = Duration.between(start, Instant.now());
        if (marker != null && !markerVisible()) {
            findings.add(
                    Findings.Rule.MARKER_GONE,
                    new FuzzRequest(
                            count, "GET " + markerPath, "GET", markerPath, markerOwner, List.of(), null, Set.of()),
                    null,
                    "after the run, " + markerOwner.description() + " no longer sees the marker here");
        }
        if (requireSuccess) {
            for (Operation operation : operations) {
                Map<Integer, Integer> seen = statuses.getOrDefault(operation.toString(), Map.of());
                if (seen.keySet().stream().noneMatch(status -> status >= 200 && status < 300)) {
                    findings.addNeverSucceeded(operation.toString(), seen);
                }
            }
        }
        System.out.printf("[api-fuzz] %s: %d requests in %.1f s%n", api.title(), count, took.toMillis() / 1000.0);
        statuses.forEach((operation, byStatus) -> System.out.printf("[api-fuzz]   %-70s %s%n", operation, byStatus));
        if (!findings.isEmpty()) {
            String report = findings.report(api.title(), runSeed, count, baseUrl);
            System.out.println(report);
            throw new AssertionError(report);
        }
        return new Run(runSeed, count, took, statuses);
    }

    private JsonNode document() {
        Api.Response response = Api.at(baseUrl).get(OPENAPI_PATH);
        if (response.status() != 200) {
            throw new IllegalStateException("No OpenAPI document at " + baseUrl + OPENAPI_PATH + ": " + response);
        }
        return response.json();
    }

    private void requireMarkerVisible(String when) {
        if (!markerVisible()) {
            throw new IllegalStateException("The marker is not visible to " + markerOwner.description() + " at "
                    + markerPath + " " + when + ": the leak check would prove nothing");
        }
    }

    private boolean markerVisible() {
        Api owner = Api.at(baseUrl).as(markerOwner.token());
        for (String tenant : markerOwner.tenantHeaders()) {
            owner = owner.tenant(tenant);
        }
        Api.Response response = owner.get(markerPath);
        return response.status() == 200 && response.body().contains(marker);
    }

    private void check(FuzzRequest request, FuzzRequest.Answer answer, Findings findings) {
        int status = answer.status();
        if (status >= 500 && !tolerated.containsKey(status + " " + request.operation())) {
            findings.add(Findings.Rule.SERVER_ERROR, request, answer, null);
        }
        boolean noApiVersion =
                answer.apiVersion() == null || answer.apiVersion().isBlank();
        String notProblem = status >= 400 && status < 500 ? problemJsonFault(answer) : null;
        if (notProblem != null) {
            // One finding, not two, for an error page written outside the platform's handlers.
            findings.add(
                    Findings.Rule.NOT_PROBLEM_JSON,
                    request,
                    answer,
                    notProblem + (noApiVersion ? ", and no API-Version header" : ""));
        } else if (noApiVersion) {
            findings.add(Findings.Rule.NO_API_VERSION, request, answer, null);
        }
        if (marker != null
                && !request.caller().mayEnter(markerOwner.organization(), crossTenantSeesEveryTenant)
                && answer.everything().contains(marker)) {
            findings.add(
                    Findings.Rule.FOREIGN_DATA,
                    request,
                    answer,
                    "the answer contains the marker of " + markerOwner.organization());
        }
        if (status >= 200
                && status < 300
                && !request.caller().authenticated()
                && !request.tags().contains("public")) {
            findings.add(Findings.Rule.SUCCESS_WITHOUT_TOKEN, request, answer, null);
        }
    }

    /** Why an error answer is not proper problem+json, or {@code null} when it is. */
    static String problemJsonFault(FuzzRequest.Answer answer) {
        if (answer.contentType() == null || !answer.contentType().startsWith("application/problem+json")) {
            return "Content-Type is " + answer.contentType();
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            if (!problem.isObject()) {
                return "the body is not a JSON object";
            }
            if (problem.path("status").asInt(-1) != answer.status()) {
                return "the body's status is " + problem.path("status") + ", not " + answer.status();
            }
            if (!problem.hasNonNull("title")) {
                return "the body has no title";
            }
            return null;
        } catch (RuntimeException e) {
            return "the body is not JSON";
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Generating requests. Every choice comes from the one seeded random source, in a fixed order,
    // so a seed always gives the same sequence of requests.

    private FuzzRequest generate(ApiDescription api, List<Operation> operations, SplittableRandom random, int index) {
        Operation operation = operations.get(random.nextInt(operations.size()));
        Caller caller = callers.get(random.nextInt(callers.size()));
        int roll = random.nextInt(100);
        Intent intent;
        if (roll < 35) {
            intent = Intent.VALID;
        } else if (roll < 55) {
            intent = Intent.BOUNDARY;
        } else if (roll < 75) {
            intent = Intent.INVALID;
        } else {
            intent = Intent.HOSTILE;
        }
        boolean foreignAllowed = !caller.crossTenant() || operation.method().equals("GET");
        SchemaValues values = new SchemaValues(api, random, intent, hints, foreignAllowed);
        if (operation.isPublic()) {
            values.tag("public");
        }
        String label = operation.toString();
        String method = operation.method();

        String path = path(operation, values);
        List<String[]> query = query(operation, values);
        List<String[]> headers = new ArrayList<>();
        headers.add(new String[] {"Accept", Api.JSON});
        for (String tenant : caller.tenantHeaders()) {
            headers.add(new String[] {Api.TENANT_HEADER, tenant});
        }
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("header") && !parameter.name().equalsIgnoreCase(Api.TENANT_HEADER)) {
                Object value = values.value(parameter.schema(), parameter.name(), 0);
                if (value != SchemaValues.ABSENT) {
                    headers.add(new String[] {parameter.name(), headerSafe(JsonText.plain(value))});
                }
            }
        }
        String body = null;
        if (operation.hasBody() && !(!operation.bodyRequired() && values.chance(0.1))) {
            Object value = values.value(operation.bodySchema(), "", 0);
            body = JsonText.write(value == SchemaValues.ABSENT ? null : value);
            headers.add(new String[] {"Content-Type", operation.bodyMediaType()});
        }

        // A share of requests is malformed beyond what a schema describes.
        int shape = random.nextInt(100);
        if (shape < 5) {
            path = pathTrick(path, values);
            label = operation + " (path trick)";
        } else if (shape < 9) {
            List<String> others = new ArrayList<>(METHODS);
            operations.stream()
                    .filter(op -> op.path().equals(operation.path()))
                    .forEach(op -> others.remove(op.method()));
            if (!others.isEmpty()) {
                method = others.get(random.nextInt(others.size()));
                label = method + " " + operation.path() + " (undocumented method)";
                values.tag("undocumented-method");
                if (!method.equals("GET") && !method.equals("DELETE") && body == null) {
                    body = "{}";
                    headers.add(new String[] {"Content-Type", "application/json"});
                }
            }
        } else if (shape < 13) {
            query.addAll(unusualParameters(values));
        } else if (shape < 19) {
            body = malformedBody(operation, body, headers, values);
        } else if (shape < 23) {
            setContentType(headers, wrongContentType(values));
            if (body == null) {
                body = "{}";
            }
        } else if (shape < 27) {
            caller = mangled(caller, headers, values);
        }

        StringBuilder pathAndQuery = new StringBuilder(path);
        for (int i = 0; i < query.size(); i++) {
            pathAndQuery.append(i == 0 ? '?' : '&').append(query.get(i)[0]);
            if (query.get(i)[1] != null) {
                pathAndQuery.append('=').append(query.get(i)[1]);
            }
        }
        if (!caller.authenticated()) {
            values.tag(caller.token() == null ? "no-token" : "bad-token");
        }
        return new FuzzRequest(
                index,
                label,
                method,
                pathAndQuery.toString(),
                caller,
                List.copyOf(headers),
                body,
                Set.copyOf(new TreeSet<>(values.tags())));
    }

    private static String path(Operation operation, SchemaValues values) {
        String path = operation.path();
        for (Parameter parameter : operation.parameters()) {
            if (!parameter.in().equals("path")) {
                continue;
            }
            Object value = values.value(parameter.schema(), parameter.name(), 0);
            String text = value == SchemaValues.ABSENT ? "" : JsonText.plain(value);
            if (text.isEmpty()) {
                values.tag("empty-path-parameter");
            }
            path = path.replace("{" + parameter.name() + "}", encode(text));
        }
        return path;
    }

    private static List<String[]> query(Operation operation, SchemaValues values) {
        List<String[]> query = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            if (!parameter.in().equals("query")) {
                continue;
            }
            boolean include = parameter.required() ? !values.chance(0.05) : values.chance(0.5);
            if (!include) {
                if (parameter.required()) {
                    values.tag("missing-required");
                }
                continue;
            }
            Object value = values.value(parameter.schema(), parameter.name(), 0);
            if (value == SchemaValues.ABSENT) {
                continue;
            }
            if (value instanceof List<?> list) {
                for (Object item : list) {
                    query.add(new String[] {encode(parameter.name()), encode(JsonText.plain(item))});
                }
            } else {
                query.add(new String[] {encode(parameter.name()), encode(JsonText.plain(value))});
            }
            if (values.chance(0.03)) {
                query.add(new String[] {encode(parameter.name()), encode(values.word(1, 6))});
                values.tag("repeated-parameter");
            }
        }
        return query;
    }

    /** Parameter names that have broken request parsing and firewalls before. Sent percent-encoded as is. */
    private static List<String[]> unusualParameters(SchemaValues values) {
        values.tag("unusual-parameter-name");
        String[][] names = {
            {"%E0%AF%BC", "1"}, // a Tamil sign: valid UTF-8, but not a name anyone expects
            {"%00", "1"},
            {"a%00b", "1"},
            {"%ED%A0%80", "1"}, // a lone surrogate, encoded as if it were UTF-8
            {"%C0%80", "1"}, // an overlong NUL
            {"%FF%FE", "1"},
            {"name%5B%5D", "x"},
            {"%5B%5D", "x"},
            {"__proto__", "x"},
            {"class.module.classLoader.URLs%5B0%5D", "0"},
            {"", "leeg"},
            {"a", null},
            {"%3D", "%3D"},
            {"%0D%0ASet-Cookie:x", "1"},
            {"%F0%9F%8F%A0", "huis"},
            {"x".repeat(3_000), "1"}
        };
        List<String[]> added = new ArrayList<>();
        added.add(names[values.pick(names.length)]);
        if (values.chance(0.3)) {
            added.add(names[values.pick(names.length)]);
        }
        return added;
    }

    private static String pathTrick(String path, SchemaValues values) {
        values.tag("path-trick");
        int slash = path.lastIndexOf('/');
        String head = path.substring(0, Math.max(0, slash));
        String last = path.substring(slash + 1);
        String[] tricks = {
            path + "/",
            path + "/onbekend",
            head + "//" + last,
            head + "/./" + last,
            head + "/../" + path.substring(1),
            head + ";jsessionid=1/" + last,
            path + ";x=y",
            head + "/%2e%2e/" + last,
            head + "%2F" + last,
            head + "%5C" + last,
            path.toUpperCase(Locale.ROOT),
            path + "%00",
            path + "%20",
            path + ".json",
            path + "/%ED%A0%80"
        };
        return tricks[values.pick(tricks.length)];
    }

    private static String malformedBody(Operation operation, String body, List<String[]> headers, SchemaValues values) {
        values.tag("malformed-json");
        String valid = body != null ? body : "{}";
        String[] bodies = {
            "",
            "{",
            "{\"a\":",
            "[]",
            "42",
            "null",
            "\"tekst\"",
            valid + "x",
            valid.startsWith("{") && valid.length() > 2 ? valid.substring(0, valid.length() - 1) + ",}" : "{,}",
            duplicateKeys(valid),
            "\ufeff" + valid,
            "/* opmerking */" + valid,
            "{'name':'enkele aanhalingstekens'}",
            "{\"name\":NaN}",
            "{\"name\":\"rauw\u0000teken\"}",
            "[".repeat(5_000) + "]".repeat(5_000),
            "{\"a\":" + "9".repeat(5_000) + "}",
            "{\"a\":\"" + "\\u0000".repeat(100) + "\"}"
        };
        if (headers.stream().noneMatch(h -> h[0].equals("Content-Type"))) {
            headers.add(new String[] {"Content-Type", "application/json"});
        }
        return bodies[values.pick(bodies.length)];
    }

    private static String duplicateKeys(String valid) {
        if (valid.startsWith("{\"") && valid.indexOf(':') > 0) {
            String firstKey = valid.substring(1, valid.indexOf(':'));
            return "{" + firstKey + ":\"eerste\"," + valid.substring(1);
        }
        return "{\"a\":1,\"a\":2}";
    }

    private static String wrongContentType(SchemaValues values) {
        values.tag("wrong-content-type");
        String[] types = {
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data",
            "application/json; charset=ISO-8859-1",
            "application/json; charset=nonsense",
            "application/json; charset=UTF-16",
            "application/*",
            "*/*",
            "application/merge-patch+json",
            "application/problem+json",
            "text/html",
            "json",
            ""
        };
        return types[values.pick(types.length)];
    }

    private static void setContentType(List<String[]> headers, String type) {
        headers.removeIf(h -> h[0].equals("Content-Type"));
        if (!type.isEmpty()) {
            headers.add(new String[] {"Content-Type", type});
        }
    }

    /** The same request with a damaged token, tenant header or Accept header. */
    private static Caller mangled(Caller caller, List<String[]> headers, SchemaValues values) {
        int what = values.pick(4);
        if (what == 0 && caller.token() != null) {
            values.tag("mangled-token");
            String[] forms = {"Bearer", "Bearer " + caller.token() + "x", "bearer  ", "Basic " + "Zm9vOmJhcg=="};
            int form = values.pick(forms.length);
            headers.add(new String[] {"Authorization", forms[form]});
            // The caller's token is replaced, not added: say so in the report.
            return new Caller(
                    caller.description() + ", Authorization replaced by \""
                            + forms[form].split(" ")[0] + " ...\"",
                    null,
                    caller.organization(),
                    caller.tenantHeaders(),
                    false,
                    false);
        }
        if (what <= 1) {
            values.tag("odd-tenant-header");
            String[] tenants = {
                "ARNHEM", " arnhem", "arnhem,oss", "../oss", "%61rnhem", "a".repeat(300), "", "-", "arnhem\t"
            };
            headers.removeIf(h -> h[0].equals(Api.TENANT_HEADER));
            headers.add(new String[] {Api.TENANT_HEADER, tenants[values.pick(tenants.length)]});
            return caller;
        }
        values.tag("odd-accept");
        String[] accepts = {
            "application/xml", "*/*", "application/problem+json", "text/plain", "application/json;q=0", "nonsense"
        };
        headers.removeIf(h -> h[0].equals("Accept"));
        headers.add(new String[] {"Accept", accepts[values.pick(accepts.length)]});
        return caller;
    }

    private static String headerSafe(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return out.toString();
    }

    /**
     * Percent-encodes everything but unreserved characters, as UTF-8; a lone surrogate is encoded
     * as the three bytes UTF-8 would give it, which is not valid UTF-8 — exactly what a careless
     * client sends.
     */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
                continue;
            }
            byte[] bytes;
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                bytes = value.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes = new byte[] {
                    (byte) (0xe0 | (c >> 12)), (byte) (0x80 | ((c >> 6) & 0x3f)), (byte) (0x80 | (c & 0x3f))
                };
            } else {
                bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
            }
            for (byte b : bytes) {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
