package nl.trefpunt.platform.test.fuzz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Values a test knows, by parameter or property name: ids of its own tenant's data, so requests
 * reach real rows, and ids of the other tenant's data, to probe whether they stay out of reach.
 */
final class Hints {

    private final Map<String, List<String>> own = new HashMap<>();
    private final Map<String, List<String>> foreign = new HashMap<>();

    void addOwn(String name, List<String> values) {
        own.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values);
    }

    void addForeign(String name, List<String> values) {
        foreign.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values);
    }

    List<String> own(String name) {
        return own.getOrDefault(name, List.of());
    }

    List<String> foreign(String name) {
        return foreign.getOrDefault(name, List.of());
    }
}
