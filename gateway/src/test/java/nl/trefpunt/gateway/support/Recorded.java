package nl.trefpunt.gateway.support;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One request as a stub backend received it, body read to its end. Header names are compared case-insensitively. */
public record Recorded(
        String service, String method, String path, String query, Map<String, List<String>> headers, long bodyBytes) {

    public Recorded {
        Map<String, List<String>> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        sorted.putAll(headers);
        headers = sorted;
    }

    /** The single value of a header, or null; fails if the header came more than once. */
    public String header(String name) {
        List<String> values = headers.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new AssertionError("Header " + name + " arrived " + values.size() + " times: " + values);
        }
        return values.get(0);
    }

    public List<String> headerValues(String name) {
        return headers.getOrDefault(name, List.of());
    }
}
