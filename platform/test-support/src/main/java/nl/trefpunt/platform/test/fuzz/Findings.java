package nl.trefpunt.platform.test.fuzz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the fuzzer found, grouped so that one bug reads as one finding: by broken rule, operation
 * and status. Within a group the inputs that led to it are counted, and the first request of each
 * kind of input is kept to show, the most specific first.
 */
final class Findings {

    /** The rules every answer must keep. */
    enum Rule {
        SERVER_ERROR("server error"),
        NOT_PROBLEM_JSON("4xx without a problem+json body"),
        NO_API_VERSION("answer without the API-Version header"),
        FOREIGN_DATA("another tenant's data in the answer"),
        SUCCESS_WITHOUT_TOKEN("success without a valid token"),
        NO_ANSWER("no HTTP answer"),
        MARKER_GONE("the marked data is gone or hidden from its owner, so the leak check proved nothing"),
        NEVER_SUCCEEDED("operation never answered 2xx: the fuzzer did not get past validation");

        final String text;

        Rule(String text) {
            this.text = text;
        }
    }

    private record Example(FuzzRequest request, FuzzRequest.Answer answer, String detail) {}

    private static final class Group {
        final Rule rule;
        final String operation;
        final int status;
        int count;
        final Map<Set<String>, Integer> countByInput = new LinkedHashMap<>();
        final Map<Set<String>, Example> firstByInput = new LinkedHashMap<>();

        Group(Rule rule, String operation, int status) {
            this.rule = rule;
            this.operation = operation;
            this.status = status;
        }
    }

    private final Map<String, Group> groups = new LinkedHashMap<>();
    private int failedRequests;
    private int lastFailedIndex;

    void add(Rule rule, FuzzRequest request, FuzzRequest.Answer answer, String detail) {
        int status = answer == null ? 0 : answer.status();
        String key = rule + " " + request.operation() + " " + status;
        Group group = groups.computeIfAbsent(key, k -> new Group(rule, request.operation(), status));
        group.count++;
        group.countByInput.merge(request.tags(), 1, Integer::sum);
        if (group.firstByInput.size() < 40) {
            group.firstByInput.putIfAbsent(request.tags(), new Example(request, answer, detail));
        }
        if (request.index() != lastFailedIndex) {
            failedRequests++;
            lastFailedIndex = request.index();
        }
    }

    void addNeverSucceeded(String operation, Map<Integer, Integer> statuses) {
        Group group = groups.computeIfAbsent(
                Rule.NEVER_SUCCEEDED + " " + operation, k -> new Group(Rule.NEVER_SUCCEEDED, operation, 0));
        group.count++;
        group.countByInput.put(Set.of("statuses " + new TreeMap<>(statuses)), 1);
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    String report(String service, long seed, int requests, String baseUrl) {
        StringBuilder out = new StringBuilder();
        out.append("API fuzzing of ")
                .append(service)
                .append(" broke ")
                .append(groups.size())
                .append(groups.size() == 1 ? " rule" : " rules")
                .append(" (")
                .append(failedRequests)
                .append(" of ")
                .append(requests)
                .append(" requests failed). Seed ")
                .append(seed)
                .append("; repeat with -Dtrefpunt.fuzz.seed=")
                .append(seed)
                .append(" -Dtrefpunt.fuzz.requests=")
                .append(requests)
                .append("\n");
        int number = 0;
        for (Group group : groups.values()) {
            number++;
            out.append("\n")
                    .append(number)
                    .append(". ")
                    .append(group.status > 0 ? group.status + " " : "")
                    .append(group.rule.text)
                    .append(": ")
                    .append(group.operation)
                    .append(" (")
                    .append(group.count)
                    .append(group.count == 1 ? " request" : " requests")
                    .append(")\n    inputs: ");
            group.countByInput.entrySet().stream()
                    .sorted(Map.Entry.<Set<String>, Integer>comparingByValue().reversed())
                    .limit(8)
                    .forEach(e -> out.append(e.getKey().isEmpty() ? "[valid]" : e.getKey())
                            .append(" x")
                            .append(e.getValue())
                            .append("  "));
            out.append('\n');
            List<Example> examples = new ArrayList<>(group.firstByInput.values());
            examples.sort(
                    Comparator.comparingInt((Example e) -> e.request().tags().size())
                            .thenComparingInt(e -> e.request().index()));
            for (Example example : examples.subList(0, Math.min(2, examples.size()))) {
                out.append("  request #")
                        .append(example.request().index())
                        .append(" (inputs: ")
                        .append(
                                example.request().tags().isEmpty()
                                        ? "valid"
                                        : example.request().tags())
                        .append(")")
                        .append(example.detail() == null ? "" : ": " + example.detail())
                        .append('\n')
                        .append(example.request().describe(baseUrl))
                        .append(FuzzRequest.describe(example.answer()));
            }
        }
        return out.toString();
    }
}
