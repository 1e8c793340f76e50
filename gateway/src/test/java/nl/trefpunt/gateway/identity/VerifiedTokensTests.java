package nl.trefpunt.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

class VerifiedTokensTests {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final AtomicInteger verifications = new AtomicInteger();

    private Jwt token(Instant expiresAt) {
        return Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject("anna")
                .issuedAt(NOW.minusSeconds(10))
                .expiresAt(expiresAt)
                .build();
    }

    @Test
    void verifiesATokenOnceWhileItIsValid() {
        Jwt jwt = token(NOW.plusSeconds(300));
        VerifiedTokens tokens = new VerifiedTokens(
                value -> {
                    verifications.incrementAndGet();
                    return Mono.just(jwt);
                },
                Clock.fixed(NOW, ZoneOffset.UTC));

        tokens.decode("abc").block();
        tokens.decode("abc").block();

        assertThat(verifications).hasValue(1);
    }

    @Test
    void checksAgainOnceTheTokenExpired() {
        Jwt jwt = token(NOW.plusSeconds(300));
        MutableClock clock = new MutableClock(NOW);
        VerifiedTokens tokens = new VerifiedTokens(
                value -> verifications.incrementAndGet() == 1
                        ? Mono.just(jwt)
                        : Mono.error(new BadJwtException("expired")),
                clock);
        tokens.decode("abc").block();

        clock.now = NOW.plus(Duration.ofSeconds(300 + 61));

        assertThatThrownBy(() -> tokens.decode("abc").block()).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void neverRemembersARejectedToken() {
        VerifiedTokens tokens = new VerifiedTokens(
                value -> {
                    verifications.incrementAndGet();
                    return Mono.error(new BadJwtException("bad signature"));
                },
                Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
