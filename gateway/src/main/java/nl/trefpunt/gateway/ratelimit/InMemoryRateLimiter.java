package nl.trefpunt.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Map;
import java.util.function.LongSupplier;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

/**
 * A token bucket per key in this JVM, for a single gateway without Redis. Same algorithm and
 * response headers as Spring Cloud Gateway's Redis limiter, plus {@code Retry-After} on refusal.
 */
class InMemoryRateLimiter implements RateLimiter<RateLimitProperties> {

    private final RateLimitProperties limits;
    private final LongSupplier nanoClock;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();

    InMemoryRateLimiter(RateLimitProperties limits) {
        this(limits, System::nanoTime);
    }

    InMemoryRateLimiter(RateLimitProperties limits, LongSupplier nanoClock) {
        this.limits = limits;
        this.nanoClock = nanoClock;
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String key) {
        Bucket bucket = buckets.get(key, k -> new Bucket(limits.burstCapacity(), nanoClock.getAsLong()));
        return Mono.just(bucket.take(limits, nanoClock.getAsLong()));
    }

    @Override
    public Map<String, RateLimitProperties> getConfig() {
        return Map.of();
    }

    @Override
    public Class<RateLimitProperties> getConfigClass() {
        return RateLimitProperties.class;
    }

    @Override
    public RateLimitProperties newConfig() {
        return limits;
    }

    private static final class Bucket {

        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        synchronized Response take(RateLimitProperties limits, long now) {
            double elapsedSeconds = Math.max(0, now - refilledAt) / 1_000_000_000.0;
            tokens = Math.min(limits.burstCapacity(), tokens + elapsedSeconds * limits.replenishRate());
            refilledAt = now;
            boolean allowed = tokens >= limits.requestedTokens();
            if (allowed) {
                tokens -= limits.requestedTokens();
            }
            Map<String, String> headers = RateLimitHeaders.of(limits, (long) Math.floor(tokens));
            if (!allowed) {
                headers.put(
                        HttpHeaders.RETRY_AFTER,
                        String.valueOf(limits.secondsToRefill(limits.requestedTokens() - tokens)));
            }
            return new Response(allowed, headers);
        }
    }
}
