package nl.trefpunt.tenant.registry;

/** One provisioning step could not be completed now; a retry of the onboarding will try it again. */
public class ProvisioningFailed extends RuntimeException {

    private final ProvisioningStep step;

    public ProvisioningFailed(ProvisioningStep step, String reason, Throwable cause) {
        super(reason, cause);
        this.step = step;
    }

    public ProvisioningStep step() {
        return step;
    }
}
