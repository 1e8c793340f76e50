package nl.trefpunt.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class CrossSiteRequestGuardTests {

    private static MockServerHttpRequest.BaseBuilder<?> post() {
        return MockServerHttpRequest.post("http://localhost:8080/arnhem/ruimtes/boeken");
    }

    @Test
    void trustsTheBrowsersFetchMetadataFirst() {
        assertThat(CrossSiteRequestGuard.isCrossSite(
                        post().header("Sec-Fetch-Site", "same-origin").build()))
                .isFalse();
        assertThat(CrossSiteRequestGuard.isCrossSite(
                        post().header("Sec-Fetch-Site", "same-site").build()))
                .isTrue();
        assertThat(CrossSiteRequestGuard.isCrossSite(post().header("Sec-Fetch-Site", "cross-site")
                        .header("Origin", "http://localhost:8080")
                        .build()))
                .isTrue();
    }

    @Test
    void comparesTheOriginWhenThereIsNoFetchMetadata() {
        assertThat(CrossSiteRequestGuard.isCrossSite(
                        post().header("Origin", "http://localhost:8080").build()))
                .isFalse();
        assertThat(CrossSiteRequestGuard.isCrossSite(
                        post().header("Origin", "http://localhost:9999").build()))
                .isTrue();
        assertThat(CrossSiteRequestGuard.isCrossSite(
                        post().header("Origin", "null").build()))
                .isTrue();
        assertThat(CrossSiteRequestGuard.isCrossSite(
                        post().header("Origin", "not a uri").build()))
                .isTrue();
    }

    @Test
    void letsRequestsWithoutBrowserMarksThrough() {
        assertThat(CrossSiteRequestGuard.isCrossSite(post().build())).isFalse();
    }
}
