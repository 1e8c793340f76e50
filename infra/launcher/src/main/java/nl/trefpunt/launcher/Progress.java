package nl.trefpunt.launcher;

import java.io.PrintStream;
import java.util.Locale;

/** Tells a person what the platform is doing while it starts: one line per step. */
public interface Progress {

    void step(String message);

    /** Lines like {@code [  12.4 s] Keycloak ready on http://localhost:8180}, timed from creation. */
    static Progress console(PrintStream out) {
        long started = System.nanoTime();
        return message -> {
            double seconds = (System.nanoTime() - started) / 1e9;
            synchronized (out) {
                out.printf(Locale.ROOT, "[%6.1f s] %s%n", seconds, message);
                out.flush();
            }
        };
    }

    static Progress silent() {
        return message -> {};
    }
}
