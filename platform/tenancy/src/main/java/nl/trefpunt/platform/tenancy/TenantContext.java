package nl.trefpunt.platform.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The tenant the current thread works for. It is set for the length of a unit of work only
 * ({@link #runAs}, {@link #callAs}); work handed to another thread must carry its tenant with it
 * explicitly ({@link #carry(Runnable)} or {@link TenantPropagatingTaskDecorator}). Reading it when
 * none is set fails ({@link #require()}): no tenant, no data.
 */
public final class TenantContext {

    private static final ThreadLocal<TenantId> CURRENT = new ThreadLocal<>();

    private TenantContext() {}

    public static Optional<TenantId> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static TenantId require() {
        TenantId tenant = CURRENT.get();
        if (tenant == null) {
            throw new NoTenantException();
        }
        return tenant;
    }

    public static void runAs(TenantId tenant, Runnable work) {
        callAs(tenant, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T callAs(TenantId tenant, Supplier<T> work) {
        if (tenant == null) {
            throw new NoTenantException();
        }
        TenantId previous = CURRENT.get();
        CURRENT.set(tenant);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** Binds the caller's tenant to work that will run on another thread. */
    public static Runnable carry(Runnable work) {
        TenantId tenant = require();
        return () -> runAs(tenant, work);
    }

    /** Binds the caller's tenant to work that will run on another thread. */
    public static <T> Callable<T> carry(Callable<T> work) {
        TenantId tenant = require();
        return () -> callAs(tenant, () -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
