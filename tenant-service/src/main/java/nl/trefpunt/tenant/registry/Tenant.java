package nl.trefpunt.tenant.registry;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.trefpunt.platform.tenancy.TenantId;

/**
 * A municipality on the platform: the record every service and the gateway go by. Its state changes
 * through what happens to it (registered, revised, provisioned, offboarded, reactivated), never
 * through setters.
 */
public final class Tenant {

    private final TenantId id;
    private String name;
    private Gemeentecode gemeentecode;
    private DatabasePlacement placement;
    private AccessibilityContact accessibilityContact;
    private TenantStatus status;
    private final SortedSet<ProvisioningStep> outstanding;
    private Instant onboardedAt;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;

    private Tenant(
            TenantId id,
            String name,
            Gemeentecode gemeentecode,
            DatabasePlacement placement,
            AccessibilityContact accessibilityContact,
            TenantStatus status,
            Collection<ProvisioningStep> outstanding,
            Instant onboardedAt,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.gemeentecode = Objects.requireNonNull(gemeentecode);
        this.placement = Objects.requireNonNull(placement);
        this.accessibilityContact = accessibilityContact == null ? AccessibilityContact.NONE : accessibilityContact;
        this.status = Objects.requireNonNull(status);
        this.outstanding = new TreeSet<>(outstanding);
        this.onboardedAt = onboardedAt;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.version = version;
    }

    /** A municipality new to the platform: active, with every provisioning step still to do. */
    public static Tenant register(TenantId id, TenantDetails details, Collection<ProvisioningStep> steps, Instant now) {
        DatabasePlacement placement = details.placement() == null ? DatabasePlacement.DEFAULT : details.placement();
        return new Tenant(
                id,
                details.name(),
                details.gemeentecode(),
                placement,
                details.accessibilityContact(),
                TenantStatus.ACTIVE,
                steps,
                null,
                now,
                now,
                0);
    }

    /** Rebuilds a tenant from storage; for the persistence adapter only. */
    public static Tenant restore(
            TenantId id,
            String name,
            Gemeentecode gemeentecode,
            DatabasePlacement placement,
            AccessibilityContact accessibilityContact,
            TenantStatus status,
            Collection<ProvisioningStep> outstanding,
            Instant onboardedAt,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        return new Tenant(
                id,
                name,
                gemeentecode,
                placement,
                accessibilityContact,
                status,
                outstanding,
                onboardedAt,
                createdAt,
                updatedAt,
                version);
    }

    /** Takes over changed details; answers whether anything changed. */
    public boolean revise(TenantDetails details, Instant now) {
        DatabasePlacement newPlacement = details.placement() == null ? placement : details.placement();
        AccessibilityContact newContact =
                details.accessibilityContact() == null ? accessibilityContact : details.accessibilityContact();
        boolean changed = !name.equals(details.name())
                || !gemeentecode.equals(details.gemeentecode())
                || !placement.equals(newPlacement)
                || !accessibilityContact.equals(newContact);
        if (changed) {
            name = details.name();
            gemeentecode = details.gemeentecode();
            placement = newPlacement;
            accessibilityContact = newContact;
            updatedAt = now;
        }
        return changed;
    }

    /**
     * Records the outcome of a provisioning run over every step: the failed ones stay outstanding.
     * The first run in which nothing failed completes the onboarding. Answers whether anything changed.
     */
    public boolean provisioned(Collection<ProvisioningStep> failed, Instant now) {
        boolean changed = !outstanding.equals(new TreeSet<>(failed));
        outstanding.clear();
        outstanding.addAll(failed);
        if (failed.isEmpty() && onboardedAt == null) {
            onboardedAt = now;
            changed = true;
        }
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    /** The municipality leaves the platform; its data stays, the gateway refuses it. Idempotent. */
    public boolean offboard(Instant now) {
        return moveTo(TenantStatus.OFFBOARDED, now);
    }

    /** An offboarded municipality returns. Idempotent. */
    public boolean reactivate(Instant now) {
        return moveTo(TenantStatus.ACTIVE, now);
    }

    private boolean moveTo(TenantStatus next, Instant now) {
        if (status == next) {
            return false;
        }
        status = next;
        updatedAt = now;
        return true;
    }

    /**
     * Whether every provisioning step has succeeded at least once. Until then the tenant is not
     * shown to the gateway: a half-provisioned tenant must not receive traffic.
     */
    public boolean isOnboarded() {
        return onboardedAt != null;
    }

    public boolean isProvisioningComplete() {
        return outstanding.isEmpty();
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }

    public TenantId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Gemeentecode gemeentecode() {
        return gemeentecode;
    }

    public DatabasePlacement placement() {
        return placement;
    }

    /** Where people report accessibility problems to the municipality, if it gave that. */
    public Optional<AccessibilityContact> accessibilityContact() {
        return accessibilityContact.isNone() ? Optional.empty() : Optional.of(accessibilityContact);
    }

    public TenantStatus status() {
        return status;
    }

    public SortedSet<ProvisioningStep> outstanding() {
        return Collections.unmodifiableSortedSet(outstanding);
    }

    public Instant onboardedAt() {
        return onboardedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** For optimistic locking: the version this state was read at. */
    public long version() {
        return version;
    }
}
