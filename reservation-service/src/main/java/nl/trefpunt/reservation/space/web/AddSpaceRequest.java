package nl.trefpunt.reservation.space.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.OptionalInt;
import java.util.UUID;
import nl.trefpunt.reservation.centre.CentreId;
import nl.trefpunt.reservation.space.SpaceDetails;

/** The body of {@code POST /api/v1/spaces}. */
@Schema(name = "NewSpace", description = "Een ruimte die een centrum gaat verhuren")
record AddSpaceRequest(
        @Schema(description = "Identificatie van het centrum (uit core-service)") @NotNull(message = "is verplicht")
        UUID centreId,

        @Schema(
                description = "Naam, uniek binnen het centrum",
                example = "Grote zaal",
                maxLength = SpaceDetails.MAX_NAME)
        @NotBlank(message = "is verplicht")
        @Size(max = SpaceDetails.MAX_NAME, message = "mag hoogstens {max} tekens lang zijn")
        String name,

        @Schema(description = "Aantal personen", example = "80")
        @NotNull(message = "is verplicht")
        @Min(value = SpaceDetails.MIN_CAPACITY, message = "moet minstens {value} zijn")
        @Max(value = SpaceDetails.MAX_CAPACITY, message = "mag hoogstens {value} zijn")
        Integer capacity,

        @Schema(description = "Vloeroppervlak in vierkante meters", example = "120")
        @Min(value = SpaceDetails.MIN_FLOOR_AREA, message = "moet minstens {value} zijn")
        @Max(value = SpaceDetails.MAX_FLOOR_AREA, message = "mag hoogstens {value} zijn")
        Integer floorAreaSquareMetres,

        @Schema(description = "Of de ruimte toegankelijk is voor rolstoelgebruikers; standaard niet", example = "true")
        Boolean wheelchairAccessible) {

    SpaceDetails toDetails() {
        return new SpaceDetails(
                centreId == null ? null : new CentreId(centreId),
                name,
                capacity == null ? 0 : capacity,
                floorAreaSquareMetres == null ? OptionalInt.empty() : OptionalInt.of(floorAreaSquareMetres),
                Boolean.TRUE.equals(wheelchairAccessible));
    }
}
