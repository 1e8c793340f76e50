package nl.trefpunt.core.centre.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.List;
import nl.trefpunt.core.centre.Centre;
import nl.trefpunt.platform.paging.ResultPage;
import nl.trefpunt.platform.web.PagingResponse;

/** The answer of {@code GET /api/v1/centres}: one page of centres. */
@Schema(name = "CentreList", description = "Eén pagina centra, gesorteerd op naam")
record CentreListResponse(
        @Schema(description = "De centra op deze pagina", requiredMode = RequiredMode.REQUIRED)
        List<CentreResponse> items,

        @Schema(description = "Welke pagina dit is en hoeveel er zijn", requiredMode = RequiredMode.REQUIRED)
        PagingResponse paging) {

    static CentreListResponse of(ResultPage<Centre> page) {
        return new CentreListResponse(
                page.items().stream().map(CentreResponse::of).toList(), PagingResponse.of(page));
    }
}
