package nl.trefpunt.tenant.registry.web;

import java.time.Duration;
import nl.trefpunt.platform.tenancy.TenantContext;
import nl.trefpunt.platform.tenancy.TenantId;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The municipality's house style ({@code /{tenant}/huisstijl.css} at the gateway, public): the
 * NL Design System tokens every page loads after the shell's own, so the municipality's win.
 * Uploading them is a later feature; until then the stylesheet is valid and sets nothing, so the
 * pages keep the shell's look and no browser logs a failed stylesheet. The tenant comes from the
 * gateway's {@code Trefpunt-Tenant} header (the path is public: {@code trefpunt.security.public-paths}).
 */
@RestController
class HouseStyleStylesheet {

    static final MediaType TEXT_CSS = MediaType.parseMediaType("text/css;charset=UTF-8");

    @GetMapping("/huisstijl.css")
    ResponseEntity<String> stylesheet() {
        TenantId tenant = TenantContext.require();
        // The slug is [a-z0-9-] only, so it cannot end the comment.
        String css = "/* Huisstijl van " + tenant.slug() + ": nog geen eigen design tokens. */\n";
        return ResponseEntity.ok()
                .contentType(TEXT_CSS)
                .cacheControl(CacheControl.maxAge(Duration.ofSeconds(300)).cachePublic())
                .body(css);
    }
}
