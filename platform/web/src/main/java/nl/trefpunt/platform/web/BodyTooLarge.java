package nl.trefpunt.platform.web;

import java.io.IOException;

/** Reading a request body stopped at its limit; the answer is 413. */
public class BodyTooLarge extends IOException {

    /** Request attribute with the limit in bytes, for the error dispatch's answer. */
    static final String LIMIT = BodyTooLarge.class.getName() + ".limit";

    private final long limit;

    public BodyTooLarge(long limit) {
        super("Request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
