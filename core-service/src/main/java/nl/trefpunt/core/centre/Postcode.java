package nl.trefpunt.core.centre;

import java.util.Locale;

/**
 * A Dutch postcode, kept in its written form {@code 1234 AB}. PostNL never issues the letter
 * combinations SA, SD and SS, and no postcode starts with 0.
 */
public record Postcode(String value) {

    /** What a person may type: with or without the space, in either case. */
    public static final String INPUT_PATTERN = "^[1-9][0-9]{3} ?(?![sS][aAdDsS])[a-zA-Z]{2}$";

    private static final String WRITTEN_FORM = "^[1-9][0-9]{3} (?!S[ADS])[A-Z]{2}$";

    public Postcode {
        if (value == null || !value.matches(WRITTEN_FORM)) {
            throw new InvalidCentre("address.postcode", "moet een Nederlandse postcode zijn, zoals 1234 AB");
        }
    }

    /** Reads a postcode as people write it ({@code 1234ab}, {@code 1234 AB}). */
    public static Postcode parse(String text) {
        if (text == null || !text.strip().matches(INPUT_PATTERN)) {
            throw new InvalidCentre("address.postcode", "moet een Nederlandse postcode zijn, zoals 1234 AB");
        }
        String compact = text.strip().replace(" ", "").toUpperCase(Locale.ROOT);
        return new Postcode(compact.substring(0, 4) + " " + compact.substring(4));
    }

    @Override
    public String toString() {
        return value;
    }
}
