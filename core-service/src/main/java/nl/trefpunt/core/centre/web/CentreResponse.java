package nl.trefpunt.core.centre.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import java.util.UUID;
import nl.trefpunt.core.centre.Centre;
import nl.trefpunt.core.centre.DistrictCode;
import nl.trefpunt.core.centre.NeighbourhoodCode;

/**
 * A centre as {@code GET /api/v1/centres/{centreId}}, the list and the registration answer it.
 * What a centre does not have (an address, CBS codes) is left out rather than sent as null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Centre", description = "Een buurthuis, wijkcentrum, dorpshuis of ander centrum van de gemeente")
record CentreResponse(
        @Schema(description = "Identificatie van het centrum", requiredMode = RequiredMode.REQUIRED)
        UUID id,

        @Schema(description = "Naam", example = "De Wasplaats", requiredMode = RequiredMode.REQUIRED)
        String name,

        @Schema(description = "Soort centrum", example = "buurthuis", requiredMode = RequiredMode.REQUIRED)
        String type,

        @Schema(description = "Adres; ontbreekt als het centrum geen gebouw heeft")
        CentreAddress address,

        @Schema(description = "CBS-wijkcode, als die bekend is", example = "WK020201")
        String districtCode,

        @Schema(description = "CBS-buurtcode, als die bekend is", example = "BU02020101")
        String neighbourhoodCode,

        @Schema(description = "Of het centrum ruimtes verhuurt", requiredMode = RequiredMode.REQUIRED)
        boolean rentsOutRooms,

        @Schema(description = "Wanneer het centrum is geregistreerd", requiredMode = RequiredMode.REQUIRED)
        Instant createdAt) {

    static CentreResponse of(Centre centre) {
        return new CentreResponse(
                centre.id().value(),
                centre.name(),
                centre.type().code(),
                centre.address().map(CentreAddress::of).orElse(null),
                centre.district().map(DistrictCode::value).orElse(null),
                centre.neighbourhood().map(NeighbourhoodCode::value).orElse(null),
                centre.rentsOutRooms(),
                centre.createdAt());
    }
}
