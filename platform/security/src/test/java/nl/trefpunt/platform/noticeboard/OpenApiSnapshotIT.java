package nl.trefpunt.platform.noticeboard;

import java.nio.file.Path;
import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.OpenApiSnapshot;
import nl.trefpunt.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The notice board's document is committed next to the services' snapshots so that .ci/run lints
 * the platform's OpenAPI shaping with the NL API Design Rules even before a service changes.
 */
@ServiceIntegrationTest
class OpenApiSnapshotIT {

    @LocalServerPort
    int port;

    @Test
    void publishedDocumentMatchesTheCommittedSnapshot() {
        OpenApiSnapshot.assertUpToDate(Api.on(port), Path.of("src/test/openapi.json"));
    }
}
