package nl.trefpunt.platform.pages.demo;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import nl.trefpunt.platform.pages.AccessibilityContact;
import nl.trefpunt.platform.pages.TenantAccessibilityContacts;
import nl.trefpunt.platform.pages.TenantDisplayNames;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/** A minimal service with pages, to test the page shell as a real service uses it. */
@SpringBootApplication
public class DemoApplication {

    static final Map<String, String> MUNICIPALITIES = Map.of("arnhem", "Gemeente Arnhem", "oss", "Gemeente Oss");

    /** What tenant-service would answer; the other services would ask it (and cache). */
    @Bean
    TenantDisplayNames tenantDisplayNames() {
        return tenant -> Optional.ofNullable(MUNICIPALITIES.get(tenant.slug()));
    }

    /** Arnhem gave its own contact for accessibility problems; Oss did not. */
    @Bean
    TenantAccessibilityContacts tenantAccessibilityContacts() {
        return tenant -> "arnhem".equals(tenant.slug())
                ? Optional.of(new AccessibilityContact(
                        "toegankelijkheid@arnhem.example", "https://arnhem.example/toegankelijkheid"))
                : Optional.empty();
    }

    /**
     * A filter that refuses a request before any controller runs, as a size limit or request
     * firewall does: the container forwards it to /error.
     */
    @Bean
    FilterRegistrationBean<Filter> refusingFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                (request, response, chain) -> ((HttpServletResponse) response).sendError(400));
        registration.addUrlPatterns(REFUSED_BY_FILTER);
        return registration;
    }

    static final String REFUSED_BY_FILTER = "/centra/demo/geweigerd";
}
