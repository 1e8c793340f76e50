package nl.trefpunt.tenant;

import java.nio.file.Path;
import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.OpenApiSnapshot;
import nl.trefpunt.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The committed {@code tenant-service/openapi.json} is what the service publishes; CI lints it with
 * the NL API Design Rules. Accept an intended change with {@code -Dtrefpunt.openapi.write=true}.
 */
@ServiceIntegrationTest
class OpenApiSnapshotIT {

    @LocalServerPort
    int port;

    @Test
    void publishedDocumentMatchesTheCommittedSnapshot() {
        OpenApiSnapshot.assertUpToDate(Api.on(port), Path.of("openapi.json"));
    }
}
