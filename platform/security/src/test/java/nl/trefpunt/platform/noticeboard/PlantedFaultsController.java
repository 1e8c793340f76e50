package nl.trefpunt.platform.noticeboard;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import nl.trefpunt.platform.tenancy.TenantContext;
import nl.trefpunt.platform.tenancy.TenantId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bugs planted on purpose, one per rule the API fuzzer checks, so {@link PlantedFaultsFuzzIT} can
 * show that it catches each. Exists only with {@code noticeboard.planted-faults=true}: the notice
 * board's own tests and OpenAPI document never see it.
 */
@RestController
@RequestMapping("/api/v1/planted")
@ConditionalOnProperty(name = "noticeboard.planted-faults", havingValue = "true")
class PlantedFaultsController {

    private final Notices notices;

    PlantedFaultsController(Notices notices) {
        this.notices = notices;
    }

    /** Valid for 1..100, but fails on the top tenth: a 500 for some valid input. */
    @GetMapping("/rooms")
    Map<String, Object> rooms(@RequestParam @Min(1) @Max(100) int capacity) {
        if (capacity > 90) {
            throw new IllegalStateException("Planted fault: no room for more than 90");
        }
        return Map.of("capacity", capacity);
    }

    /** Refuses text with a space in an error of its own making, not problem+json. */
    @PostMapping("/remarks")
    ResponseEntity<String> remark(@Valid @RequestBody NoticesController.PostNotice remark) {
        if (remark.text().contains(" ")) {
            return ResponseEntity.unprocessableEntity()
                    .contentType(MediaType.TEXT_PLAIN)
                    .body("Geen spaties");
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body("{\"ok\":true}");
    }

    /** Reads under a hard-coded tenant: every caller sees Oss's notices. */
    @GetMapping("/neighbours")
    List<NoticesController.NoticeView> neighbours() {
        return TenantContext.callAs(TenantId.of("oss"), notices::findAll).stream()
                .map(NoticesController.NoticeView::of)
                .toList();
    }
}
