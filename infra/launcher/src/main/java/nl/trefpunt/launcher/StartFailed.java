package nl.trefpunt.launcher;

/** A part of the platform could not be started; the message says which and why. */
public final class StartFailed extends RuntimeException {

    public StartFailed(String message) {
        super(message);
    }

    public StartFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
