package nl.trefpunt.platform.security;

/** Keycloak realm roles. Which centres a person serves is data in core-service, not a role. */
public enum Role {
    PLATFORM_ADMIN("platform-admin"),
    MUNICIPALITY_ADMIN("municipality-admin"),
    MUNICIPALITY_STAFF("municipality-staff"),
    BACKOFFICE_STAFF("backoffice-staff"),
    CENTRE_MANAGER("centre-manager"),
    HIRER("hirer"),
    /** Service accounts (client credentials) calling another service for any tenant. */
    PLATFORM_SERVICE("platform-service");

    private final String realmRole;

    Role(String realmRole) {
        this.realmRole = realmRole;
    }

    public String realmRole() {
        return realmRole;
    }

    /** The Spring Security authority, for {@code hasAuthority} and {@code @PreAuthorize}. */
    public String authority() {
        return "ROLE_" + realmRole;
    }
}
