package nl.trefpunt.reservation.space.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.List;
import nl.trefpunt.platform.paging.ResultPage;
import nl.trefpunt.platform.web.PagingResponse;
import nl.trefpunt.reservation.space.Space;

/** The answer of {@code GET /api/v1/spaces}: one page of spaces. */
@Schema(name = "SpaceList", description = "Eén pagina ruimtes, gesorteerd op naam")
record SpaceListResponse(
        @Schema(description = "De ruimtes op deze pagina", requiredMode = RequiredMode.REQUIRED)
        List<SpaceResponse> items,

        @Schema(description = "Welke pagina dit is en hoeveel er zijn", requiredMode = RequiredMode.REQUIRED)
        PagingResponse paging) {

    static SpaceListResponse of(ResultPage<Space> page) {
        return new SpaceListResponse(
                page.items().stream().map(SpaceResponse::of).toList(), PagingResponse.of(page));
    }
}
