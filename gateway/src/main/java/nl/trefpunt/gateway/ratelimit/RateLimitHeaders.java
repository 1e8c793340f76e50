package nl.trefpunt.gateway.ratelimit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;

/** The {@code X-RateLimit-*} headers, named as Spring Cloud Gateway's Redis limiter names them. */
final class RateLimitHeaders {

    private RateLimitHeaders() {}

    static Map<String, String> of(RateLimitProperties limits, long remaining) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(RedisRateLimiter.REMAINING_HEADER, String.valueOf(remaining));
        headers.put(RedisRateLimiter.REPLENISH_RATE_HEADER, String.valueOf(limits.replenishRate()));
        headers.put(RedisRateLimiter.BURST_CAPACITY_HEADER, String.valueOf(limits.burstCapacity()));
        headers.put(RedisRateLimiter.REQUESTED_TOKENS_HEADER, String.valueOf(limits.requestedTokens()));
        return headers;
    }
}
