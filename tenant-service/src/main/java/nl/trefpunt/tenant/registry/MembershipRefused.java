package nl.trefpunt.tenant.registry;

/** The caller may not make this person a member, or not with these roles. */
public class MembershipRefused extends RuntimeException {

    public MembershipRefused(String message) {
        super(message);
    }

    /**
     * The username or e-mail address cannot be used for this enrolment: it is taken, or it belongs
     * to an account the caller may not change (another municipality's, a platform
     * administrator's). All of these get one answer, which says neither whether nor where such an
     * account exists: a municipality must not learn who works for another one by trying names.
     */
    public static final class AccountUnavailable extends MembershipRefused {

        private final String reason;

        /** @param reason why, for the service's log only; never shown to the caller */
        public AccountUnavailable(String reason) {
            super("Gebruikersnaam of e-mailadres niet beschikbaar");
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }
}
