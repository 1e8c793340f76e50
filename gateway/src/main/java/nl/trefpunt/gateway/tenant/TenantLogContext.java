package nl.trefpunt.gateway.tenant;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ThreadLocalAccessor;
import org.slf4j.MDC;
import reactor.util.context.Context;

/**
 * Puts the tenant into the logging MDC ({@code tenant}) for everything that runs on behalf of a
 * request, across Reactor's thread hops: the tenant travels in the Reactor context and Micrometer's
 * context propagation ({@code spring.reactor.context-propagation=auto}) restores it as MDC.
 */
public final class TenantLogContext {

    public static final String KEY = "tenant";

    static {
        ContextRegistry.getInstance().registerThreadLocalAccessor(new MdcAccessor());
    }

    private TenantLogContext() {}

    static Context of(TenantSlug slug) {
        return Context.of(KEY, slug.value());
    }

    private static final class MdcAccessor implements ThreadLocalAccessor<String> {

        @Override
        public Object key() {
            return KEY;
        }

        @Override
        public String getValue() {
            return MDC.get(KEY);
        }

        @Override
        public void setValue(String value) {
            MDC.put(KEY, value);
        }

        @Override
        public void setValue() {
            MDC.remove(KEY);
        }
    }
}
