package nl.trefpunt.tenant.registry;

import java.util.EnumSet;
import java.util.Set;
import nl.trefpunt.platform.security.Role;
import nl.trefpunt.platform.tenancy.TenantId;
import org.springframework.stereotype.Service;

/**
 * Makes people members of a tenant: creates their account if missing, grants the roles asked for
 * and adds them to the tenant's organization. Repeating it changes nothing.
 *
 * <p>Realm roles hold across every tenant a person belongs to, so a municipality admin may only
 * enrol people who belong to no other tenant and are no platform administrator; anything wider is
 * for the platform. A refused account is answered like a taken username, so that enrolling does
 * not reveal accounts of other municipalities.
 */
@Service
public class TenantMembers {

    private final TenantRegistry registry;
    private final Accounts accounts;
    private final Organizations organizations;

    public TenantMembers(TenantRegistry registry, Accounts accounts, Organizations organizations) {
        this.registry = registry;
        this.accounts = accounts;
        this.organizations = organizations;
    }

    public Enrolment enrol(Caller caller, TenantId id, NewMember member) {
        Tenant tenant = registry.seenBy(caller, id);
        if (!caller.administers(id)) {
            throw new MembershipRefused("Alleen een beheerder van deze gemeente of van het platform voegt leden toe.");
        }
        if (member.roles().contains(Role.PLATFORM_SERVICE)) {
            throw new MembershipRefused("De rol platform-service is voor diensten, niet voor mensen.");
        }
        if (member.roles().contains(Role.PLATFORM_ADMIN) && !caller.actsForPlatform()) {
            throw new MembershipRefused("Alleen een platformbeheerder maakt iemand platformbeheerder.");
        }
        if (!tenant.isActive()) {
            throw new TenantConflict("Gemeente '" + id.slug() + "' is afgemeld; er kunnen geen leden bij.");
        }
        if (tenant.outstanding().contains(ProvisioningStep.ORGANIZATION)) {
            throw new Organizations.OrganizationMissing(id);
        }

        Account existing = accounts.find(member.username()).orElse(null);
        if (existing != null && !caller.actsForPlatform()) {
            mayBeChangedByMunicipality(existing, id);
        }
        Account account = existing == null ? create(member.account()) : existing;
        Set<Role> missing = EnumSet.noneOf(Role.class);
        missing.addAll(member.roles());
        missing.removeAll(account.roles());
        if (!missing.isEmpty()) {
            accounts.grant(account, missing);
        }
        boolean joined = organizations.addMember(tenant, account);
        return new Enrolment(account, existing == null, joined, Set.copyOf(missing));
    }

    /** A taken username or e-mail address gets the same answer as an account the caller may not change. */
    private Account create(NewAccount account) {
        try {
            return accounts.create(account);
        } catch (Accounts.AccountConflict e) {
            throw new MembershipRefused.AccountUnavailable(e.getMessage());
        }
    }

    /**
     * Whether a municipality admin may add this existing account. When not, the answer is the one
     * for a taken name: it must not say that the account is a platform administrator's or which
     * other municipality it belongs to.
     */
    private static void mayBeChangedByMunicipality(Account account, TenantId id) {
        if (account.roles().contains(Role.PLATFORM_ADMIN)) {
            throw new MembershipRefused.AccountUnavailable("account " + account.username()
                    + " is a platform administrator's; " + id.slug() + " may not change it");
        }
        boolean elsewhere = account.organizations().stream().anyMatch(alias -> !alias.equals(id.slug()));
        if (elsewhere) {
            throw new MembershipRefused.AccountUnavailable("account " + account.username()
                    + " belongs to another municipality; only the platform adds it to " + id.slug());
        }
    }
}
