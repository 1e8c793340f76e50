package nl.trefpunt.platform.pages.demo;

import java.util.Map;
import java.util.Optional;
import nl.trefpunt.platform.pages.TenantDisplayNames;
import org.springframework.boot.autoconfigure.SpringBootApplication;
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
}
