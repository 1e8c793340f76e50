package nl.trefpunt.core.centre.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.trefpunt.core.centre.Address;
import nl.trefpunt.core.centre.Postcode;

/** A centre's address as the API shows and takes it. */
@Schema(name = "CentreAddress", description = "Adres van het gebouw van een centrum")
record CentreAddress(
        @Schema(description = "Straatnaam", example = "Wasplaats")
        @NotBlank(message = "is verplicht")
        @Size(max = Address.MAX_STREET, message = "mag hoogstens {max} tekens lang zijn")
        String street,

        @Schema(description = "Huisnummer met eventuele letter of toevoeging", example = "1a")
        @NotBlank(message = "is verplicht")
        @Pattern(regexp = Address.HOUSE_NUMBER_PATTERN, message = "moet een huisnummer zijn, zoals 12, 12a of 12-3")
        String houseNumber,

        @Schema(description = "Nederlandse postcode; wordt bewaard als 1234 AB", example = "6828 CX")
        @NotBlank(message = "is verplicht")
        @Pattern(regexp = Postcode.INPUT_PATTERN, message = "moet een Nederlandse postcode zijn, zoals 1234 AB")
        String postcode,

        @Schema(description = "Woonplaats", example = "Arnhem")
        @NotBlank(message = "is verplicht")
        @Size(max = Address.MAX_CITY, message = "mag hoogstens {max} tekens lang zijn")
        String city) {

    Address toAddress() {
        return new Address(street, houseNumber, Postcode.parse(postcode), city);
    }

    static CentreAddress of(Address address) {
        return new CentreAddress(
                address.street(), address.houseNumber(), address.postcode().value(), address.city());
    }
}
