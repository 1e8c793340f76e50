package nl.trefpunt.platform.test.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Strings that match a schema's {@code pattern}, so that valid requests get past validation with
 * more variety than the one {@code example}. Understands the part of regular expressions that
 * API patterns use (literals, escapes, classes, groups, alternation, quantifiers); look-arounds
 * are skipped while generating and the result is checked against the real pattern, so a string
 * is only called valid when it is.
 */
final class PatternStrings {

    /** Printable ASCII: what a negated class or {@code .} picks from. */
    private static final String PRINTABLE;

    static {
        StringBuilder printable = new StringBuilder();
        for (char c = 0x20; c < 0x7f; c++) {
            printable.append(c);
        }
        PRINTABLE = printable.toString();
    }

    private static final int UNBOUNDED_EXTRA = 6;

    private PatternStrings() {}

    /** A string matching {@code pattern} within the lengths, or empty when none was found. */
    static Optional<String> matching(String pattern, int minLength, int maxLength, SplittableRandom random) {
        Pattern compiled;
        Node tree;
        try {
            compiled = Pattern.compile(pattern);
            tree = new Parser(pattern).parse();
        } catch (IllegalArgumentException e) { // PatternSyntaxException too
            return Optional.empty();
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            StringBuilder out = new StringBuilder();
            tree.generate(random, out);
            String candidate = out.toString();
            if (candidate.length() >= minLength
                    && candidate.length() <= maxLength
                    && compiled.matcher(candidate).find()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private interface Node {
        void generate(SplittableRandom random, StringBuilder out);
    }

    private record Literal(char c) implements Node {
        public void generate(SplittableRandom random, StringBuilder out) {
            out.append(c);
        }
    }

    private record CharSet(String chars) implements Node {
        public void generate(SplittableRandom random, StringBuilder out) {
            if (!chars.isEmpty()) {
                out.append(chars.charAt(random.nextInt(chars.length())));
            }
        }
    }

    private record Sequence(List<Node> parts) implements Node {
        public void generate(SplittableRandom random, StringBuilder out) {
            parts.forEach(part -> part.generate(random, out));
        }
    }

    private record Alternation(List<Node> options) implements Node {
        public void generate(SplittableRandom random, StringBuilder out) {
            options.get(random.nextInt(options.size())).generate(random, out);
        }
    }

    private record Repeat(Node node, int min, int max) implements Node {
        public void generate(SplittableRandom random, StringBuilder out) {
            int times = min + random.nextInt(max - min + 1);
            for (int i = 0; i < times; i++) {
                node.generate(random, out);
            }
        }
    }

    private static final Node NOTHING = (random, out) -> {};

    /** Recursive descent over the pattern text. */
    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        Node parse() {
            Node node = alternation();
            if (at < text.length()) {
                throw new IllegalArgumentException("Unbalanced pattern " + text);
            }
            return node;
        }

        private Node alternation() {
            List<Node> options = new ArrayList<>();
            options.add(sequence());
            while (at < text.length() && text.charAt(at) == '|') {
                at++;
                options.add(sequence());
            }
            return options.size() == 1 ? options.get(0) : new Alternation(options);
        }

        private Node sequence() {
            List<Node> parts = new ArrayList<>();
            while (at < text.length() && text.charAt(at) != '|' && text.charAt(at) != ')') {
                Node atom = atom();
                parts.add(quantified(atom));
            }
            return new Sequence(parts);
        }

        private Node atom() {
            char c = text.charAt(at++);
            switch (c) {
                case '^', '$':
                    return NOTHING;
                case '.':
                    return new CharSet(PRINTABLE);
                case '[':
                    return charClass();
                case '(':
                    return group();
                case '\\':
                    return escape(false).node();
                default:
                    return new Literal(c);
            }
        }

        private Node group() {
            boolean lookaround = false;
            if (text.startsWith("?:", at)) {
                at += 2;
            } else if (text.startsWith("?=", at) || text.startsWith("?!", at)) {
                at += 2;
                lookaround = true;
            } else if (text.startsWith("?<=", at) || text.startsWith("?<!", at)) {
                at += 3;
                lookaround = true;
            } else if (text.startsWith("?<", at)) {
                at = text.indexOf('>', at) + 1;
            }
            Node inner = alternation();
            expect(')');
            return lookaround ? NOTHING : inner;
        }

        private Node quantified(Node atom) {
            if (at >= text.length()) {
                return atom;
            }
            char c = text.charAt(at);
            int min;
            int max;
            if (c == '?') {
                min = 0;
                max = 1;
                at++;
            } else if (c == '*') {
                min = 0;
                max = UNBOUNDED_EXTRA;
                at++;
            } else if (c == '+') {
                min = 1;
                max = 1 + UNBOUNDED_EXTRA;
                at++;
            } else if (c == '{' && text.indexOf('}', at) > at) {
                String[] bounds = text.substring(at + 1, text.indexOf('}', at)).split(",", -1);
                try {
                    min = Integer.parseInt(bounds[0].trim());
                    max = bounds.length == 1
                            ? min
                            : bounds[1].isBlank() ? min + UNBOUNDED_EXTRA : Integer.parseInt(bounds[1].trim());
                } catch (NumberFormatException e) {
                    return atom; // a literal brace
                }
                at = text.indexOf('}', at) + 1;
            } else {
                return atom;
            }
            if (at < text.length() && (text.charAt(at) == '?' || text.charAt(at) == '+')) {
                at++; // lazy or possessive: the same strings
            }
            return new Repeat(atom, min, Math.max(min, max));
        }

        private Node charClass() {
            boolean negated = at < text.length() && text.charAt(at) == '^';
            if (negated) {
                at++;
            }
            StringBuilder chars = new StringBuilder();
            boolean first = true;
            while (at < text.length() && (text.charAt(at) != ']' || first)) {
                first = false;
                char from;
                if (text.charAt(at) == '\\') {
                    at++;
                    Escape escape = escape(true);
                    if (escape.set() != null) {
                        chars.append(escape.set());
                        continue;
                    }
                    from = escape.literal();
                } else {
                    from = text.charAt(at++);
                }
                if (at + 1 < text.length() && text.charAt(at) == '-' && text.charAt(at + 1) != ']') {
                    at++;
                    char to = text.charAt(at) == '\\' ? escapeAfterBackslash() : text.charAt(at++);
                    for (char x = from; x <= to; x++) {
                        chars.append(x);
                    }
                } else {
                    chars.append(from);
                }
            }
            expect(']');
            if (!negated) {
                return new CharSet(chars.toString());
            }
            StringBuilder allowed = new StringBuilder();
            for (char c : PRINTABLE.toCharArray()) {
                if (chars.indexOf(String.valueOf(c)) < 0) {
                    allowed.append(c);
                }
            }
            return new CharSet(allowed.toString());
        }

        private char escapeAfterBackslash() {
            at++;
            return escape(true).literal();
        }

        private record Escape(String set, char literal) {
            Node node() {
                return set != null ? new CharSet(set) : new Literal(literal);
            }
        }

        private Escape escape(boolean inClass) {
            char c = text.charAt(at++);
            return switch (c) {
                case 'd' -> new Escape("0123456789", '\0');
                case 'w' -> new Escape("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_", '\0');
                case 's' -> new Escape(" ", '\0');
                case 'n' -> new Escape(null, '\n');
                case 't' -> new Escape(null, '\t');
                case 'D', 'W', 'S' -> new Escape("-.#", '\0');
                default -> new Escape(null, c);
            };
        }

        private void expect(char c) {
            if (at >= text.length() || text.charAt(at) != c) {
                throw new IllegalArgumentException("Expected " + c + " in " + text);
            }
            at++;
        }
    }
}
