package nl.trefpunt.reservation.space;

/**
 * A space's details break one of its rules. Names the field (as the API calls it) so the caller
 * can be told what to correct; the reason is Dutch because people read it.
 */
public class InvalidSpace extends RuntimeException {

    private final String field;
    private final String reason;

    public InvalidSpace(String field, String reason) {
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
