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
 * for the platform.
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
        Account account = existing == null ? accounts.create(member.account()) : existing;
        Set<Role> missing = EnumSet.noneOf(Role.class);
        missing.addAll(member.roles());
        missing.removeAll(account.roles());
        if (!missing.isEmpty()) {
            accounts.grant(account, missing);
        }
        boolean joined = organizations.addMember(tenant, account);
        return new Enrolment(account, existing == null, joined, Set.copyOf(missing));
    }

    private static void mayBeChangedByMunicipality(Account account, TenantId id) {
        if (account.roles().contains(Role.PLATFORM_ADMIN)) {
            throw new MembershipRefused("Dit account is van een platformbeheerder; alleen het platform wijzigt het.");
        }
        boolean elsewhere = account.organizations().stream().anyMatch(alias -> !alias.equals(id.slug()));
        if (elsewhere) {
            throw new MembershipRefused(
                    "Dit account hoort ook bij een andere gemeente; alleen een platformbeheerder voegt het toe.");
        }
    }
}
