package nl.trefpunt.tenant.registry;

/** The caller may not make this person a member, or not with these roles. */
public class MembershipRefused extends RuntimeException {

    public MembershipRefused(String message) {
        super(message);
    }
}
