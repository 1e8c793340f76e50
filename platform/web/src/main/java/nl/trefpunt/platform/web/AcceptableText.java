package nl.trefpunt.platform.web;

/**
 * Text that PostgreSQL and people can take. Refused: NUL and the other control characters
 * (C0 except tab, line feed and carriage return; DEL; C1), unpaired surrogates (not Unicode; they
 * cannot be stored as UTF-8) and the noncharacters U+FFFE and U+FFFF. Everything else is text,
 * whatever script or emoji it is in.
 */
public final class AcceptableText {

    private AcceptableText() {}

    public static boolean isAcceptable(CharSequence text) {
        return firstUnacceptable(text) < 0;
    }

    /** The index of the first character that is not acceptable, or -1. */
    public static int firstUnacceptable(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (c != '\t' && c != '\n' && c != '\r') {
                    return i;
                }
            } else if (c >= 0x7F && c <= 0x9F) {
                return i;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == length || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return i;
                }
                i++;
            } else if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                return i;
            }
        }
        return -1;
    }
}
