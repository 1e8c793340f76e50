package nl.trefpunt.platform.tenancy;

import org.springframework.core.task.TaskDecorator;

/**
 * For {@code @Async} executors: the submitting thread's tenant goes along with the task. Work
 * submitted without a tenant runs without one, and fails if it touches tenant data.
 */
public class TenantPropagatingTaskDecorator implements TaskDecorator {

    @Override
    public Runnable decorate(Runnable task) {
        return TenantContext.current()
                .<Runnable>map(tenant -> () -> TenantContext.runAs(tenant, task))
                .orElse(task);
    }
}
