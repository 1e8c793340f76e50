package nl.trefpunt.tenant.registry.web;

import java.net.URI;
import java.util.List;
import nl.trefpunt.platform.tenancy.TenantId;
import nl.trefpunt.tenant.registry.ProvisioningFailed;
import nl.trefpunt.tenant.registry.ProvisioningStep;
import nl.trefpunt.tenant.registry.TenantServices;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.util.UriComponentsBuilder;

/** Provisions a tenant in the other services through their internal endpoint {@code PUT /internal/tenants/{tenant}}. */
@Component
class HttpTenantServices implements TenantServices {

    private final RestClient http;
    private final ServiceEndpoints endpoints;

    HttpTenantServices(RestClient serviceRestClient, ServiceEndpoints endpoints) {
        this.http = serviceRestClient;
        this.endpoints = endpoints;
    }

    @Override
    public List<String> names() {
        return List.copyOf(endpoints.provisioned().keySet());
    }

    @Override
    public void provision(String service, TenantId tenant) {
        String baseUrl = endpoints.provisioned().get(service);
        if (baseUrl == null) {
            throw new IllegalArgumentException("Unknown service " + service);
        }
        URI uri = UriComponentsBuilder.fromUriString(baseUrl)
                .path("/internal/tenants/{tenant}")
                .buildAndExpand(tenant.slug())
                .toUri();
        ProvisioningStep step = ProvisioningStep.service(service);
        try {
            http.put().uri(uri).retrieve().toBodilessEntity();
        } catch (RestClientResponseException e) {
            throw new ProvisioningFailed(
                    step,
                    service + " antwoordde met status " + e.getStatusCode().value() + " op " + uri,
                    e);
        } catch (ResourceAccessException e) {
            throw new ProvisioningFailed(step, service + " is niet bereikbaar op " + baseUrl, e);
        } catch (OAuth2AuthorizationException e) {
            throw new ProvisioningFailed(
                    step,
                    "geen token voor " + service + " van Keycloak ("
                            + e.getError().getErrorCode() + ")",
                    e);
        } catch (RestClientException e) {
            throw new ProvisioningFailed(step, service + " gaf geen bruikbaar antwoord: " + e.getMessage(), e);
        }
    }
}
