package nl.trefpunt.platform.pages.demo;

import nl.trefpunt.platform.web.ResourceNotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An API next to the pages: its errors must stay problem+json. */
@RestController
class DemoApi {

    @GetMapping("/api/v1/activities/{id}")
    String activity(@PathVariable long id) {
        throw new ResourceNotFound("Activiteit", id);
    }
}
