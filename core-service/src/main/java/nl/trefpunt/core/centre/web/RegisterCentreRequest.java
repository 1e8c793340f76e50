package nl.trefpunt.core.centre.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import nl.trefpunt.core.centre.CentreDetails;
import nl.trefpunt.core.centre.CentreType;
import nl.trefpunt.core.centre.DistrictCode;
import nl.trefpunt.core.centre.NeighbourhoodCode;

/** The body of {@code POST /api/v1/centres}. */
@Schema(name = "CentreRegistration", description = "Een nieuw centrum voor het register van de gemeente")
record RegisterCentreRequest(
        @Schema(description = "Naam van het centrum", example = "De Wasplaats", maxLength = CentreDetails.MAX_NAME)
        @NotBlank(message = "is verplicht")
        @Size(max = CentreDetails.MAX_NAME, message = "mag hoogstens {max} tekens lang zijn")
        String name,

        @Schema(
                description = "Soort centrum, zoals de gemeente die noemt; bijvoorbeeld buurthuis, wijkcentrum,"
                        + " dorpshuis, gemeenschapshuis, mfc, jongerencentrum of ontmoetingslocatie",
                example = "buurthuis")
        @NotBlank(message = "is verplicht")
        @Size(max = CentreType.MAX_LENGTH, message = "mag hoogstens {max} tekens lang zijn")
        @Pattern(
                regexp = CentreType.PATTERN,
                message = "moet een code van kleine letters, cijfers en koppeltekens zijn, bijvoorbeeld buurthuis")
        String type,

        @Schema(description = "Adres; weglaten voor een centrum dat (nog) geen gebouw heeft") @Valid
        CentreAddress address,

        @Schema(description = "CBS-wijkcode van de wijk die het centrum bedient", example = "WK020201")
        @Pattern(regexp = DistrictCode.PATTERN, message = "moet een CBS-wijkcode zijn, zoals WK020201")
        String districtCode,

        @Schema(description = "CBS-buurtcode; ligt in de wijk als beide zijn gegeven", example = "BU02020101")
        @Pattern(regexp = NeighbourhoodCode.PATTERN, message = "moet een CBS-buurtcode zijn, zoals BU02020101")
        String neighbourhoodCode,

        @Schema(description = "Of het centrum ruimtes verhuurt; standaard niet", example = "true")
        Boolean rentsOutRooms) {

    CentreDetails toDetails() {
        return new CentreDetails(
                name,
                new CentreType(type),
                Optional.ofNullable(address).map(CentreAddress::toAddress),
                Optional.ofNullable(districtCode).map(DistrictCode::new),
                Optional.ofNullable(neighbourhoodCode).map(NeighbourhoodCode::new),
                Boolean.TRUE.equals(rentsOutRooms));
    }
}
