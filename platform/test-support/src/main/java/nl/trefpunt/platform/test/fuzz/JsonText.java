package nl.trefpunt.platform.test.fuzz;

import java.util.List;
import java.util.Map;

/**
 * Writes generated values as JSON text. Written here rather than by Jackson because the fuzzer
 * needs what a JSON library refuses to produce: lone surrogates (as {@code \ud800} escapes),
 * numbers beyond every Java type, and tokens that are not JSON at all ({@link Raw}).
 */
final class JsonText {

    /** Text put into the JSON as is: {@code 1e400}, {@code 99999999999999999999}, {@code NaN}. */
    record Raw(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private JsonText() {}

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(String.valueOf(entry.getKey()), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            out.append(value); // numbers, booleans, Raw
        }
    }

    static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c)); // unpaired: only an escape can carry it
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    /** Query or path value of a generated value: what a client would put in a URL. */
    static String plain(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return write(value);
        }
        return String.valueOf(value);
    }
}
