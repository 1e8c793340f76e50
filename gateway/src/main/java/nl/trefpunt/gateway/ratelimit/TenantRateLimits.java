package nl.trefpunt.gateway.ratelimit;

import nl.trefpunt.gateway.tenant.Tenant;
import nl.trefpunt.gateway.tenant.TenantGate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import reactor.core.publisher.Mono;

/** One request budget per tenant, kept in memory or (with several gateways) in Redis. */
@Configuration(proxyBeanMethods = false)
class TenantRateLimits {

    /**
     * The tenant the gate admitted. Never empty on a tenant route, because the gate runs first;
     * were it empty, the filter's default answers 403, which fails closed.
     */
    @Bean
    KeyResolver tenantKey() {
        return exchange -> Mono.justOrEmpty(exchange.<Tenant>getAttribute(TenantGate.TENANT_ATTRIBUTE))
                .map(Tenant::slug);
    }

    @Bean
    @ConditionalOnProperty(name = "trefpunt.rate-limit.store", havingValue = "redis")
    RedisRateLimiter redisRateLimiter(RateLimitProperties limits) {
        return new RedisRateLimiter(limits.replenishRate(), limits.burstCapacity(), limits.requestedTokens());
    }

    @Bean
    @Primary
    RateLimiter<?> tenantRateLimiter(RateLimitProperties limits, ObjectProvider<RedisRateLimiter> redis) {
        if (limits.store() == RateLimitProperties.Store.REDIS) {
            return new RedisRetryAfter(redis.getObject(), limits);
        }
        return new InMemoryRateLimiter(limits);
    }
}
