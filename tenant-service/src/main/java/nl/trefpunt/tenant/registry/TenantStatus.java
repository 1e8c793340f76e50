package nl.trefpunt.tenant.registry;

/** Whether a municipality uses the platform. An offboarded tenant keeps its data but is refused at the gateway. */
public enum TenantStatus {
    ACTIVE,
    OFFBOARDED
}
