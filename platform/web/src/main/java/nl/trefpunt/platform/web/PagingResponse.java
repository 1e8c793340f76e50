package nl.trefpunt.platform.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import nl.trefpunt.platform.paging.ResultPage;

/** Where a page of a list answer sits in the whole result; the same shape in every API. */
@Schema(name = "Paging", description = "Paginering van een lijst")
public record PagingResponse(
        @Schema(description = "Nummer van deze pagina, vanaf 1", example = "1", requiredMode = RequiredMode.REQUIRED)
        int page,

        @Schema(description = "Maximaal aantal items per pagina", example = "20", requiredMode = RequiredMode.REQUIRED)
        int pageSize,

        @Schema(
                description = "Aantal items in het hele resultaat",
                example = "42",
                requiredMode = RequiredMode.REQUIRED)
        long totalItems,

        @Schema(
                description = "Aantal pagina's in het hele resultaat",
                example = "3",
                requiredMode = RequiredMode.REQUIRED)
        long totalPages) {

    public static PagingResponse of(ResultPage<?> page) {
        return new PagingResponse(page.paging().page(), page.paging().pageSize(), page.totalItems(), page.totalPages());
    }
}
