package nl.trefpunt.platform.pages;

import static org.assertj.core.api.Assertions.assertThat;

import nl.trefpunt.platform.web.ResourceNotFound;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.server.ResponseStatusException;

class PageErrorViewsTests {

    @Test
    void failuresMapToTheStatusAPersonShouldSee() {
        assertThat(PageErrorViews.statusOf(new ResourceNotFound("Centrum", 7))).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(PageErrorViews.statusOf(new AuthorizationDeniedException("nee")))
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(PageErrorViews.statusOf(new ResponseStatusException(HttpStatus.CONFLICT)))
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(PageErrorViews.statusOf(new IllegalStateException("kapot")))
                .isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    @Test
    void statusesWithoutTheirOwnTextShareOne() {
        assertThat(PageErrorViews.reasonOf(HttpStatus.NOT_FOUND)).isEqualTo("404");
        assertThat(PageErrorViews.reasonOf(HttpStatus.CONFLICT)).isEqualTo("4xx");
        assertThat(PageErrorViews.reasonOf(HttpStatus.CONTENT_TOO_LARGE)).isEqualTo("413");
        assertThat(PageErrorViews.reasonOf(HttpStatus.SERVICE_UNAVAILABLE)).isEqualTo("5xx");
    }
}
