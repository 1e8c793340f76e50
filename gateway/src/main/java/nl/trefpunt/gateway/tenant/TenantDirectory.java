package nl.trefpunt.gateway.tenant;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.trefpunt.gateway.backchannel.BackChannel;
import nl.trefpunt.gateway.identity.ServiceToken;
import nl.trefpunt.gateway.routing.ServiceUrls;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Asks tenant-service which tenants exist ({@code GET /internal/tenants[/{slug}]}, with the
 * gateway's service-account token) and remembers the answers briefly, so routing a request costs
 * no extra round trip. Failures are never remembered: the next request asks again.
 */
@Component
public class TenantDirectory {

    private static final ParameterizedTypeReference<List<Tenant>> TENANT_LIST = new ParameterizedTypeReference<>() {};

    private final WebClient tenantService;
    private final ServiceToken serviceToken;
    private final AsyncCache<TenantSlug, Optional<Tenant>> bySlug;
    private final Mono<List<Tenant>> all;
    private final Duration timeout;

    public TenantDirectory(
            ObservationRegistry observations,
            ServiceUrls services,
            ServiceToken serviceToken,
            TenantDirectoryProperties properties,
            BackChannel backChannel) {
        // The back channel's connect and response timeouts; the observation registry makes these
        // calls carry the request's trace id (traceparent).
        this.tenantService = backChannel
                .webClient()
                .baseUrl(services.tenantUrl().toString())
                .observationRegistry(observations)
                .build();
        this.serviceToken = serviceToken;
        this.timeout = properties.timeout();
        this.bySlug = Caffeine.newBuilder()
                .maximumSize(properties.cacheSize())
                .expireAfter(Expiry.<TenantSlug, Optional<Tenant>>writing(
                        (slug, answer) -> answer.isPresent() ? properties.cacheTtl() : properties.unknownCacheTtl()))
                .buildAsync();
        this.all = fetchAll().cache(tenants -> properties.cacheTtl(), error -> Duration.ZERO, () -> Duration.ZERO);
    }

    /**
     * Fetches the service token and the tenant list once the gateway is up, so the first person
     * does not wait for a cold HTTP client and token endpoint. tenant-service may not be up yet;
     * then the first request asks again.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        all().subscribe(tenants -> {}, error -> {});
    }

    /** The tenant with this slug, whatever its status; empty when tenant-service does not know it. */
    public Mono<Tenant> find(TenantSlug slug) {
        return Mono.fromFuture(
                        () -> bySlug.get(slug, (key, executor) -> fetch(key).toFuture()))
                .flatMap(Mono::justOrEmpty);
    }

    /** Every tenant tenant-service knows, whatever its status. */
    public Mono<List<Tenant>> all() {
        return all;
    }

    private Mono<Optional<Tenant>> fetch(TenantSlug slug) {
        return serviceToken
                .value()
                .flatMap(token -> tenantService
                        .get()
                        .uri("/internal/tenants/{slug}", slug.value())
                        .headers(headers -> headers.setBearerAuth(token))
                        .exchangeToMono(response -> {
                            if (response.statusCode().is2xxSuccessful()) {
                                return response.bodyToMono(Tenant.class).map(Optional::of);
                            }
                            if (response.statusCode().value() == HttpStatus.NOT_FOUND.value()) {
                                return response.releaseBody().thenReturn(Optional.<Tenant>empty());
                            }
                            return response.createError();
                        }))
                .timeout(timeout)
                .onErrorMap(
                        error -> !(error instanceof TenantDirectoryUnavailable),
                        error -> new TenantDirectoryUnavailable(
                                "tenant-service did not answer for tenant '" + slug + "'", error));
    }

    private Mono<List<Tenant>> fetchAll() {
        return serviceToken
                .value()
                .flatMap(token -> tenantService
                        .get()
                        .uri("/internal/tenants")
                        .headers(headers -> headers.setBearerAuth(token))
                        .retrieve()
                        .bodyToMono(TENANT_LIST))
                .timeout(timeout)
                .onErrorMap(error -> new TenantDirectoryUnavailable("tenant-service did not list the tenants", error));
    }
}
