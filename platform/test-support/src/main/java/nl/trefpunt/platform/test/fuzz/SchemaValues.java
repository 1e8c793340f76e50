package nl.trefpunt.platform.test.fuzz;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Values for one request, generated from the schemas of its parameters and body. What kind of
 * values depends on the request's {@link Intent}: valid ones (so requests get past validation and
 * reach the database), values on and just past each boundary, values of the wrong shape, or
 * hostile text. Every deviation is noted as a tag, so a failure names the input that caused it.
 */
final class SchemaValues {

    /** What a request tries. */
    enum Intent {
        VALID,
        BOUNDARY,
        INVALID,
        HOSTILE
    }

    /** Returned for a value that is left out (optional, or a required one dropped on purpose). */
    static final Object ABSENT = new Object();

    private static final int MAX_DEPTH = 8;
    private static final String WORD_LETTERS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 éëïöüß-'";

    private final ApiDescription api;
    private final SplittableRandom random;
    private final Intent intent;
    private final Hints hints;
    private final boolean foreignAllowed;
    private final Set<String> tags = new TreeSet<>();

    SchemaValues(ApiDescription api, SplittableRandom random, Intent intent, Hints hints, boolean foreignAllowed) {
        this.api = api;
        this.random = random;
        this.intent = intent;
        this.hints = hints;
        this.foreignAllowed = foreignAllowed;
    }

    Set<String> tags() {
        return tags;
    }

    void tag(String tag) {
        tags.add(tag);
    }

    int pick(int bound) {
        return random.nextInt(bound);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A value for a parameter or property called {@code name}; {@link #ABSENT} to leave it out. */
    Object value(JsonNode rawSchema, String name, int depth) {
        JsonNode schema = rawSchema == null ? null : api.resolve(rawSchema);
        Optional<Object> hinted = hinted(schema, name);
        if (hinted.isPresent()) {
            return hinted.get();
        }
        if (schema == null || depth > MAX_DEPTH) {
            return word(1, 12);
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            JsonNode options = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
            return value(options.get(random.nextInt(options.size())), name, depth);
        }
        if (schema.has("const")) {
            return intent == Intent.INVALID && chance(0.3) ? invalidFor("string") : constant(schema.get("const"));
        }
        String type = typeOf(schema);
        boolean nullable = schema.path("nullable").asBoolean(false)
                || (schema.path("type").isArray() && contains(schema.get("type"), "null"));
        if (nullable && chance(0.05)) {
            return null;
        }
        if (schema.has("enum")
                && schema.get("enum").isArray()
                && !schema.get("enum").isEmpty()) {
            return enumValue(schema, type);
        }
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> array(schema, name, depth);
            case "integer" -> integer(schema);
            case "number" -> number(schema);
            case "boolean" -> bool();
            default -> string(schema);
        };
    }

    private Optional<Object> hinted(JsonNode schema, String name) {
        List<String> own = hints.own(name);
        List<String> foreign = foreignAllowed ? hints.foreign(name) : List.of();
        if (own.isEmpty() && foreign.isEmpty()) {
            return Optional.empty();
        }
        if (schema != null && (typeOf(schema).equals("array") || typeOf(schema).equals("object"))) {
            return Optional.empty(); // the hint is for its items (same name), not for the list itself
        }
        double useHint = intent == Intent.VALID ? 0.8 : 0.3;
        if (!chance(useHint)) {
            return Optional.empty();
        }
        String picked;
        if (!foreign.isEmpty() && (own.isEmpty() || chance(0.25))) {
            picked = foreign.get(random.nextInt(foreign.size()));
            tag("foreign-" + name);
        } else {
            picked = own.get(random.nextInt(own.size()));
        }
        if (schema != null && (typeOf(schema).equals("integer")) && picked.matches("-?\\d{1,18}")) {
            return Optional.of(Long.parseLong(picked));
        }
        return Optional.of(picked);
    }

    private Object object(JsonNode schema, int depth) {
        if (intent == Intent.INVALID && chance(0.08)) {
            return invalidFor("object");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(r -> required.add(r.asString()));
        JsonNode properties = schema.path("properties");
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            String name = property.getKey();
            JsonNode propertySchema = api.resolve(property.getValue());
            if (propertySchema != null && propertySchema.path("readOnly").asBoolean(false)) {
                continue;
            }
            boolean isRequired = required.contains(name);
            boolean include;
            if (isRequired) {
                include = !(intent == Intent.INVALID && chance(0.12));
                if (!include) {
                    tag("missing-required");
                }
            } else {
                include = chance(intent == Intent.VALID ? 0.6 : 0.5);
            }
            if (!include) {
                continue;
            }
            if (!isRequired && intent == Intent.BOUNDARY && chance(0.1)) {
                out.put(name, null);
                tag("null-optional");
                continue;
            }
            Object value = value(property.getValue(), name, depth + 1);
            if (value != ABSENT) {
                out.put(name, value);
            }
        }
        if (intent == Intent.INVALID && chance(0.15)) {
            String unknown = switch (random.nextInt(4)) {
                case 0 -> "unknownField";
                case 1 -> "__proto__";
                case 2 ->
                    properties.isEmpty()
                            ? "Id"
                            : properties.propertyNames().iterator().next().toUpperCase(Locale.ROOT);
                default -> "";
            };
            out.put(unknown, word(1, 5));
            tag("unknown-field");
        }
        return out;
    }

    private Object array(JsonNode schema, String name, int depth) {
        if (intent == Intent.INVALID && chance(0.3)) {
            return invalidFor("array");
        }
        int min = schema.path("minItems").asInt(0);
        int max = schema.has("maxItems") ? schema.get("maxItems").asInt() : min + 3;
        int count = min + random.nextInt(Math.max(1, max - min + 1));
        if (intent == Intent.BOUNDARY && chance(0.4)) {
            count = switch (random.nextInt(4)) {
                case 0 -> min;
                case 1 -> max;
                case 2 -> max + 1;
                default -> 1_000;
            };
            tag(count > max ? "too-many-items" : "item-count-boundary");
        }
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Object item = value(schema.get("items"), name, depth + 1);
            items.add(item == ABSENT ? null : item);
        }
        return items;
    }

    private Object enumValue(JsonNode schema, String type) {
        JsonNode options = schema.get("enum");
        JsonNode option = options.get(random.nextInt(options.size()));
        if (intent == Intent.INVALID && chance(0.4)) {
            tag("not-in-enum");
            return option.isString() ? option.asString().toUpperCase(Locale.ROOT) + "X" : "onbekend";
        }
        if (intent == Intent.HOSTILE && chance(0.3)) {
            return hostile();
        }
        return constant(option);
    }

    private Object constant(JsonNode node) {
        if (node.isString()) {
            return node.asString();
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        return null;
    }

    private Object integer(JsonNode schema) {
        boolean int32 = "int32".equals(schema.path("format").asString(""));
        long floor = int32 ? Integer.MIN_VALUE : Long.MIN_VALUE;
        long ceiling = int32 ? Integer.MAX_VALUE : Long.MAX_VALUE;
        long min = schema.has("minimum") ? schema.get("minimum").asLong() : Math.max(floor, -1_000);
        long max = schema.has("maximum") ? schema.get("maximum").asLong() : Math.min(ceiling, 1_000_000);
        if (schema.path("exclusiveMinimum").isNumber()) {
            min = schema.get("exclusiveMinimum").asLong() + 1;
        }
        if (schema.path("exclusiveMaximum").isNumber()) {
            max = schema.get("exclusiveMaximum").asLong() - 1;
        }
        switch (intent) {
            case BOUNDARY -> {
                if (chance(0.6)) {
                    tag("number-boundary");
                    long[] edges = {min, max, min - 1, max + 1, 0, -1, floor, ceiling};
                    long edge = edges[random.nextInt(edges.length)];
                    if (edge < min || edge > max) {
                        tag("number-out-of-range");
                    }
                    return edge;
                }
            }
            case INVALID -> {
                if (chance(0.5)) {
                    return invalidFor("integer");
                }
            }
            case HOSTILE -> {
                if (chance(0.2)) {
                    return hostile();
                }
            }
            default -> {}
        }
        return min + Math.floorMod(random.nextLong(), Math.max(1, Math.min(max - min + 1, Long.MAX_VALUE / 2)));
    }

    private Object number(JsonNode schema) {
        double min = schema.path("minimum").asDouble(-1_000);
        double max = schema.path("maximum").asDouble(1_000_000);
        if (intent == Intent.BOUNDARY && chance(0.5)) {
            tag("number-boundary");
            Object[] edges = {
                min, max, min - 0.000001, max + 0.000001, new JsonText.Raw("1e308"), new JsonText.Raw("-0.0")
            };
            return edges[random.nextInt(edges.length)];
        }
        if (intent == Intent.INVALID && chance(0.5)) {
            return invalidFor("number");
        }
        return min + random.nextDouble() * (max - min);
    }

    private Object bool() {
        if (intent == Intent.INVALID && chance(0.4)) {
            return invalidFor("boolean");
        }
        return random.nextBoolean();
    }

    private Object string(JsonNode schema) {
        String format = schema.path("format").asString("");
        int minLength = schema.path("minLength").asInt(0);
        int maxLength = schema.has("maxLength") ? schema.get("maxLength").asInt() : Integer.MAX_VALUE;
        switch (intent) {
            case BOUNDARY -> {
                if (chance(0.5)) {
                    return boundaryString(schema, format, minLength, maxLength);
                }
            }
            case INVALID -> {
                if (chance(0.5)) {
                    return invalidString(format);
                }
            }
            case HOSTILE -> {
                if (chance(0.6)) {
                    return hostile();
                }
            }
            default -> {}
        }
        return validString(schema, format, minLength, maxLength);
    }

    String validString(JsonNode schema, String format, int minLength, int maxLength) {
        switch (format) {
            case "uuid":
                return uuid().toString();
            case "date":
                return LocalDate.of(1950, 1, 1).plusDays(random.nextInt(60_000)).toString();
            case "date-time":
                return LocalDate.of(1990, 1, 1).plusDays(random.nextInt(20_000)) + "T"
                        + String.format("%02d:%02d:%02dZ", random.nextInt(24), random.nextInt(60), random.nextInt(60));
            case "email":
                return word(1, 10).replaceAll("[^a-z0-9]", "x").toLowerCase(Locale.ROOT) + "@voorbeeld.nl";
            case "uri":
            case "url":
                return "https://voorbeeld.nl/" + word(1, 8).replaceAll("[^a-z0-9]", "x");
            default:
                break;
        }
        if (schema.has("pattern")) {
            String pattern = schema.get("pattern").asString();
            Optional<String> generated = PatternStrings.matching(pattern, minLength, maxLength, random);
            if (generated.isPresent() && (!schema.has("example") || chance(0.7))) {
                return generated.get();
            }
            if (schema.has("example") && schema.get("example").isString()) {
                return schema.get("example").asString();
            }
            return generated.orElse(word(Math.max(1, minLength), Math.min(maxLength, 20)));
        }
        if (schema.has("example") && schema.get("example").isString() && chance(0.2)) {
            return schema.get("example").asString();
        }
        int upper = Math.min(maxLength, Math.max(minLength, 1) + 30);
        return word(Math.max(1, minLength), Math.max(Math.max(1, minLength), upper));
    }

    private Object boundaryString(JsonNode schema, String format, int minLength, int maxLength) {
        if (format.equals("uuid")) {
            tag("uuid-boundary");
            return switch (random.nextInt(4)) {
                case 0 -> "00000000-0000-0000-0000-000000000000";
                case 1 -> "ffffffff-ffff-ffff-ffff-ffffffffffff";
                case 2 -> uuid().toString().toUpperCase(Locale.ROOT);
                default -> "{" + uuid() + "}";
            };
        }
        if (format.equals("date")) {
            tag("date-boundary");
            String[] dates = {"0001-01-01", "9999-12-31", "2024-02-29", "1970-01-01", "+10000-01-01", "-0001-01-01"};
            return dates[random.nextInt(dates.length)];
        }
        if (format.equals("date-time")) {
            tag("date-time-boundary");
            String[] times = {
                "1970-01-01T00:00:00Z",
                "9999-12-31T23:59:59.999999999Z",
                "0001-01-01T00:00:00+14:00",
                "2026-03-29T02:30:00+01:00",
                "+10000-01-01T00:00:00Z"
            };
            return times[random.nextInt(times.length)];
        }
        tag("length-boundary");
        String valid = validString(schema, format, minLength, maxLength);
        String unit = valid.isEmpty() ? "a" : valid.substring(0, 1);
        return switch (random.nextInt(6)) {
            case 0 -> maxLength == Integer.MAX_VALUE ? unit.repeat(2_000) : fit(valid, unit, maxLength);
            case 1 -> {
                tag("too-long");
                yield maxLength == Integer.MAX_VALUE ? unit.repeat(20_000) : fit(valid, unit, maxLength + 1);
            }
            case 2 -> fit(valid, unit, minLength);
            case 3 -> {
                if (minLength > 0) {
                    tag("too-short");
                }
                yield minLength > 0 ? fit(valid, unit, minLength - 1) : "";
            }
            case 4 -> " " + valid + " ";
            default -> " ".repeat(Math.max(1, Math.min(maxLength, 3)));
        };
    }

    private static String fit(String valid, String unit, int length) {
        if (valid.length() >= length) {
            return valid.substring(0, length);
        }
        return valid + unit.repeat(length - valid.length());
    }

    private Object invalidString(String format) {
        if (chance(0.4)) {
            return invalidFor("string");
        }
        tag("malformed-" + (format.isEmpty() ? "text" : format));
        return switch (format) {
            case "uuid" ->
                new String[] {
                            "not-a-uuid", "123", uuid().toString().substring(1), "g0000000-0000-0000-0000-000000000000"
                        }
                        [random.nextInt(4)];
            case "date" -> new String[] {"2023-02-30", "31-12-2023", "2023-13-01", "morgen"}[random.nextInt(4)];
            case "date-time" ->
                new String[] {"2023-02-30T10:00:00Z", "2023-01-01T10:00:00", "2023-01-01 25:61", "nu"}
                        [random.nextInt(4)];
            case "email" -> new String[] {"geen-adres", "@", "a@", "a@b@c"}[random.nextInt(4)];
            default -> new String[] {"!!!", "?", "  x  ", "ÄÖÜ", "a b c"}[random.nextInt(5)];
        };
    }

    /** A value of the wrong JSON type for {@code expected}. */
    Object invalidFor(String expected) {
        tag("wrong-type");
        List<Object> wrong = new ArrayList<>(List.of(
                "veel",
                42L,
                true,
                new LinkedHashMap<>(Map.of("a", 1)),
                new ArrayList<>(List.of(1, "twee")),
                new JsonText.Raw("null"),
                new JsonText.Raw("1e400"),
                new JsonText.Raw("99999999999999999999999999"),
                new JsonText.Raw("-9223372036854775809"),
                1.5,
                new JsonText.Raw(new BigInteger("2").pow(70).toString())));
        Object picked;
        do {
            picked = wrong.get(random.nextInt(wrong.size()));
        } while (matchesType(picked, expected));
        if (picked instanceof JsonText.Raw raw && raw.text().length() > 10) {
            tag("number-out-of-range");
        }
        return picked;
    }

    private static boolean matchesType(Object value, String type) {
        return switch (type) {
            case "string" -> value instanceof String;
            case "integer" -> value instanceof Long;
            case "number" -> value instanceof Long || value instanceof Double;
            case "boolean" -> value instanceof Boolean;
            case "object" -> value instanceof Map;
            case "array" -> value instanceof List;
            default -> false;
        };
    }

    String hostile() {
        HostileText.Sample sample = HostileText.any(random);
        tag(sample.label());
        return sample.text();
    }

    UUID uuid() {
        long most = (random.nextLong() & ~0xf000L) | 0x4000L;
        long least = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    String word(int minLength, int maxLength) {
        int length = Math.max(1, minLength + random.nextInt(Math.max(1, maxLength - minLength + 1)));
        StringBuilder out = new StringBuilder();
        out.append((char) ('A' + random.nextInt(26)));
        while (out.length() < length) {
            out.append(WORD_LETTERS.charAt(random.nextInt(WORD_LETTERS.length())));
        }
        if (Character.isWhitespace(out.charAt(out.length() - 1))) {
            out.setCharAt(out.length() - 1, 'x'); // valid text has no trailing blank
        }
        return out.toString();
    }

    static String typeOf(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isString()) {
            return type.asString();
        }
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asString().equals("null")) {
                    return t.asString();
                }
            }
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        return "string";
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (item.asString("").equals(value)) {
                return true;
            }
        }
        return false;
    }
}
