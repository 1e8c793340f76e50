package nl.trefpunt.gateway.ratelimit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

/**
 * Spring Cloud Gateway's Redis limiter (the budget shared by all gateway instances) with the
 * {@code Retry-After} it leaves out: the time until the missing tokens have flowed back in. Checked
 * by hand against a real Redis (see README); no Redis runs in the automated tests.
 */
class RedisRetryAfter implements RateLimiter<RedisRateLimiter.Config> {

    private final RedisRateLimiter redis;
    private final RateLimitProperties limits;

    RedisRetryAfter(RedisRateLimiter redis, RateLimitProperties limits) {
        this.redis = redis;
        this.limits = limits;
    }

    /** Redis keys name the route; one name for all routes keeps one budget per tenant, as in memory. */
    static final String ALL_TENANT_ROUTES = "tenant-routes";

    @Override
    public Mono<Response> isAllowed(String routeId, String key) {
        return redis.isAllowed(ALL_TENANT_ROUTES, key).map(response -> {
            if (response.isAllowed()) {
                return response;
            }
            Map<String, String> headers = new LinkedHashMap<>(response.getHeaders());
            long remaining = parse(headers.get(RedisRateLimiter.REMAINING_HEADER));
            headers.put(
                    HttpHeaders.RETRY_AFTER,
                    String.valueOf(limits.secondsToRefill(limits.requestedTokens() - Math.max(0, remaining))));
            return new Response(false, headers);
        });
    }

    private static long parse(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public Map<String, RedisRateLimiter.Config> getConfig() {
        return redis.getConfig();
    }

    @Override
    public Class<RedisRateLimiter.Config> getConfigClass() {
        return redis.getConfigClass();
    }

    @Override
    public RedisRateLimiter.Config newConfig() {
        return redis.newConfig();
    }
}
