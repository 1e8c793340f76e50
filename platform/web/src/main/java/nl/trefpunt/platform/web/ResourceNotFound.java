package nl.trefpunt.platform.web;

/**
 * Thrown by a web adapter when the tenant has no such resource. Also the answer for another
 * tenant's id: it does not exist here.
 */
public class ResourceNotFound extends RuntimeException {

    public ResourceNotFound(String what, Object id) {
        super(what + " '" + id + "' bestaat niet");
    }
}
