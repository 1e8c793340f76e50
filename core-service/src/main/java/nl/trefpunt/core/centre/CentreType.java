package nl.trefpunt.core.centre;

import java.util.List;

/**
 * The kind of a centre, as the municipality names it: a code such as {@code buurthuis} or
 * {@code mfc}. Kinds differ per municipality (Arnhem's welfare-run meeting places, Hilversum's
 * youth centres, Oss's gemeenschapshuizen), so they are configuration, not a closed list in code.
 *
 * @param code a lowercase slug, for example {@code wijkcentrum} or {@code wijk-en-dorpshuis}
 */
public record CentreType(String code) {

    public static final int MAX_LENGTH = 40;
    public static final String PATTERN = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";

    /** Kinds named in the policy documents of the first municipalities; a suggestion, not a limit. */
    public static final List<String> COMMON_CODES = List.of(
            "buurthuis",
            "wijkcentrum",
            "dorpshuis",
            "gemeenschapshuis",
            "mfc",
            "jongerencentrum",
            "ontmoetingslocatie");

    public CentreType {
        if (code == null || code.length() > MAX_LENGTH || !code.matches(PATTERN)) {
            throw new InvalidCentre(
                    "type", "moet een code van kleine letters, cijfers en koppeltekens zijn, bijvoorbeeld buurthuis");
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
