package nl.trefpunt.tenant.registry.keycloak;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.function.Supplier;
import nl.trefpunt.tenant.registry.DirectoryUnavailable;

/** Turns the admin client's transport and HTTP failures into the registry's own terms. */
final class KeycloakCalls {

    private KeycloakCalls() {}

    static <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException e) {
            throw new DirectoryUnavailable("Keycloak is niet bereikbaar (" + what + ")", e);
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            String reason = switch (status) {
                case 400, 401 -> "Keycloak weigert het service-account van tenant-service";
                case 403 -> "het service-account van tenant-service mist rechten in Keycloak";
                default -> "Keycloak antwoordde met status " + status;
            };
            throw new DirectoryUnavailable(reason + " (" + what + ")", e);
        }
    }

    static void run(String what, Runnable call) {
        call(what, () -> {
            call.run();
            return null;
        });
    }
}
