package nl.trefpunt.reservation;

import java.nio.file.Path;
import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.OpenApiSnapshot;
import nl.trefpunt.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The committed {@code reservation-service/openapi.json} is what the service publishes. Accept an
 * intended API change with {@code -Dtrefpunt.openapi.write=true}, then lint and commit the file.
 */
@ServiceIntegrationTest
class OpenApiSnapshotIT {

    @LocalServerPort
    int port;

    @Test
    void committedOpenApiDocumentIsUpToDate() {
        OpenApiSnapshot.assertUpToDate(Api.on(port), Path.of("openapi.json"));
    }
}
