package nl.trefpunt.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter.Response;

class InMemoryRateLimiterTests {

    private final AtomicLong nanos = new AtomicLong();
    private final InMemoryRateLimiter limiter =
            new InMemoryRateLimiter(new RateLimitProperties(null, 2, 4, 1), nanos::get);

    private Response ask(String tenant) {
        return limiter.isAllowed("route", tenant).block();
    }

    @Test
    void allowsABurstThenRefusesWithRetryAfter() {
        for (int i = 0; i < 4; i++) {
            assertThat(ask("arnhem").isAllowed()).isTrue();
        }
        Response refused = ask("arnhem");

        assertThat(refused.isAllowed()).isFalse();
        assertThat(refused.getHeaders()).containsEntry("Retry-After", "1").containsEntry("X-RateLimit-Remaining", "0");
    }

    @Test
    void refillsAtTheReplenishRate() {
        for (int i = 0; i < 4; i++) {
            ask("oss");
        }
        assertThat(ask("oss").isAllowed()).isFalse();

        nanos.addAndGet(1_000_000_000L); // one second: two tokens back

        assertThat(ask("oss").isAllowed()).isTrue();
        assertThat(ask("oss").isAllowed()).isTrue();
        assertThat(ask("oss").isAllowed()).isFalse();
    }

    @Test
    void keepsTenantsApart() {
        for (int i = 0; i < 5; i++) {
            ask("arnhem");
        }

        assertThat(ask("hilversum").isAllowed()).isTrue();
    }
}
