package nl.trefpunt.core.centre;

/**
 * A centre's details break one of its rules. Names the field (as the API calls it) so the caller
 * can be told what to correct; the reason is Dutch because people read it.
 */
public class InvalidCentre extends RuntimeException {

    private final String field;
    private final String reason;

    public InvalidCentre(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
