package nl.trefpunt.platform.test.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Text that has broken web services before: characters PostgreSQL or a person cannot take,
 * text that looks like code, and lengths nobody planned for. Each comes with a label, so a
 * failure says what kind of input caused it.
 */
final class HostileText {

    record Sample(String label, String text) {}

    private static final List<Sample> FIXED = List.of(
            new Sample("NUL", "\u0000"),
            new Sample("NUL", "De\u0000Wasplaats"),
            new Sample("NUL", "Wasplaats\u0000"),
            new Sample("control-char", "tab\there"),
            new Sample("control-char", "regel\neen\rtwee"),
            new Sample("control-char", "bel\u0007escape\u001b[31m"),
            new Sample("control-char", "\u007f\u0085\u009f"),
            new Sample("lone-surrogate", "\ud800"),
            new Sample("lone-surrogate", "zaal\udc00"),
            new Sample("lone-surrogate", "\udfff\ud83d"),
            new Sample("invisible", "\u200b\u200c\u200d\ufeff"),
            new Sample("invisible", "\u00a0\u2028\u2029"),
            new Sample("rtl", "\u202eLAAZ ETORG"),
            new Sample("rtl", "مركز الحي"),
            new Sample("rtl", "מרכז קהילתי"),
            new Sample("emoji", "Buurthuis 🏠👩‍👩‍👧‍👦"),
            new Sample("emoji", "🇳🇱"),
            new Sample("non-latin", "社区中心"),
            new Sample("non-latin", "Zaal ௼ ꙮ 𝔊"),
            new Sample("combining", "e\u0301\u0301\u0301\u0301"),
            new Sample("sql", "' OR '1'='1"),
            new Sample("sql", "'; DROP TABLE centre; --"),
            new Sample("sql", "%' AND 1=1 AND '%'='"),
            new Sample("sql", "\\'; select pg_sleep(0); --"),
            new Sample("html", "<script>alert(1)</script>"),
            new Sample("html", "\"><img src=x onerror=alert(1)>"),
            new Sample("template", "${jndi:ldap://x/a}"),
            new Sample("template", "[[${7*7}]] {{7*7}} #{7*7}"),
            new Sample("path", "../../etc/passwd"),
            new Sample("path", "..\\..\\windows"),
            new Sample("format", "%s%n%x%%"),
            new Sample("percent", "%00%2e%2F%ZZ"),
            new Sample("whitespace", "   "),
            new Sample("whitespace", ""),
            new Sample("quotes", "\"'`\\"),
            new Sample("word", "null"),
            new Sample("word", "undefined"),
            new Sample("number-text", "1e99999"),
            new Sample("number-text", "-0"),
            new Sample("number-text", "NaN"));

    private HostileText() {}

    /** A hostile sample; sometimes a long one, sometimes mixed into ordinary text. */
    static Sample any(SplittableRandom random) {
        int pick = random.nextInt(100);
        Sample sample;
        if (pick < 8) {
            return longText(random);
        } else if (pick < 26) {
            // NUL is what PostgreSQL refuses outright: the most common cause of a 500, so the most tried.
            sample = FIXED.get(random.nextInt(3));
        } else if (pick < 38) {
            char c = (char) random.nextInt(1, 0x20);
            sample = new Sample("control-char", "a" + c + "b");
        } else if (pick < 48) {
            sample = FIXED.get(7 + random.nextInt(3)); // lone surrogates
        } else {
            sample = FIXED.get(random.nextInt(FIXED.size()));
        }
        if (random.nextInt(3) == 0) {
            return new Sample(sample.label(), "Zaal " + sample.text() + " 1");
        }
        return sample;
    }

    /** Text far beyond any sensible field length. */
    static Sample longText(SplittableRandom random) {
        int length = switch (random.nextInt(4)) {
            case 0 -> 1_001;
            case 1 -> 4_097;
            case 2 -> 10_000;
            default -> 65_537;
        };
        String unit = random.nextBoolean() ? "a" : "é";
        return new Sample("long-string", unit.repeat(length));
    }
}
