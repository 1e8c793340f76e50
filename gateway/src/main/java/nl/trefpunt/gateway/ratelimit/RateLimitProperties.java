package nl.trefpunt.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Each tenant's request budget: a token bucket per tenant, shared by all its routes.
 *
 * @param store {@code memory} (one gateway, the default) or {@code redis} (several gateways share
 *     the budget; the {@code production} profile)
 * @param replenishRate requests per second a tenant may make on average
 * @param burstCapacity requests a tenant may make at once
 * @param requestedTokens what one request costs
 */
@ConfigurationProperties("trefpunt.rate-limit")
public record RateLimitProperties(Store store, Integer replenishRate, Integer burstCapacity, Integer requestedTokens) {

    public enum Store {
        MEMORY,
        REDIS
    }

    public RateLimitProperties {
        store = store == null ? Store.MEMORY : store;
        replenishRate = replenishRate == null ? 200 : replenishRate;
        burstCapacity = burstCapacity == null ? 400 : burstCapacity;
        requestedTokens = requestedTokens == null ? 1 : requestedTokens;
        if (replenishRate < 1 || burstCapacity < requestedTokens || requestedTokens < 1) {
            throw new IllegalArgumentException(
                    "trefpunt.rate-limit: need replenish-rate >= 1 and " + "burst-capacity >= requested-tokens >= 1");
        }
    }

    /** Whole seconds until {@code missing} tokens have flowed back in; at least 1. */
    long secondsToRefill(double missing) {
        return Math.max(1, (long) Math.ceil(missing / replenishRate));
    }
}
