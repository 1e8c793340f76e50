package nl.trefpunt.reservation.space.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import java.util.UUID;
import nl.trefpunt.reservation.space.Space;

/**
 * A space as {@code GET /api/v1/spaces/{spaceId}}, the list and the creation answer it. An
 * unknown floor area is left out rather than sent as null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Space", description = "Een ruimte (zaal) van een centrum, te huur")
record SpaceResponse(
        @Schema(description = "Identificatie van de ruimte", requiredMode = RequiredMode.REQUIRED)
        UUID id,

        @Schema(description = "Identificatie van het centrum (uit core-service)", requiredMode = RequiredMode.REQUIRED)
        UUID centreId,

        @Schema(description = "Naam", example = "Grote zaal", requiredMode = RequiredMode.REQUIRED)
        String name,

        @Schema(description = "Aantal personen", example = "80", requiredMode = RequiredMode.REQUIRED)
        int capacity,

        @Schema(description = "Vloeroppervlak in vierkante meters, als dat bekend is", example = "120")
        Integer floorAreaSquareMetres,

        @Schema(
                description = "Of de ruimte toegankelijk is voor rolstoelgebruikers",
                requiredMode = RequiredMode.REQUIRED)
        boolean wheelchairAccessible,

        @Schema(description = "Wanneer de ruimte is toegevoegd", requiredMode = RequiredMode.REQUIRED)
        Instant createdAt) {

    static SpaceResponse of(Space space) {
        return new SpaceResponse(
                space.id().value(),
                space.centre().value(),
                space.name(),
                space.capacity(),
                space.floorAreaSquareMetres().isPresent()
                        ? space.floorAreaSquareMetres().getAsInt()
                        : null,
                space.wheelchairAccessible(),
                space.createdAt());
    }
}
