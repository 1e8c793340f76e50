package nl.trefpunt.core.centre.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.stream.Stream;
import nl.trefpunt.core.centre.Address;
import nl.trefpunt.core.centre.CentreDetails;
import nl.trefpunt.core.centre.CentreType;
import nl.trefpunt.core.centre.DistrictCode;
import nl.trefpunt.core.centre.NeighbourhoodCode;
import nl.trefpunt.core.centre.Postcode;
import org.springframework.validation.Errors;

/**
 * The registration form on {@code /centra/nieuw}, as the browser posts it. Mutable because Spring
 * binds the posted fields onto it; blank fields arrive as {@code null} (see {@code CentrePages}).
 * Property names follow the API's, and their order is the form's, which the error summary follows.
 */
public class CentreForm {

    @NotBlank(message = "{centre.form.name.required}")
    @Size(max = CentreDetails.MAX_NAME, message = "{centre.form.name.tooLong}")
    private String name;

    @NotBlank(message = "{centre.form.type.required}")
    @Pattern(regexp = CentreType.PATTERN, message = "{centre.form.type.invalid}")
    @Size(max = CentreType.MAX_LENGTH, message = "{centre.form.type.invalid}")
    private String type;

    @Size(max = Address.MAX_STREET, message = "{centre.form.street.tooLong}")
    private String street;

    @Pattern(regexp = Address.HOUSE_NUMBER_PATTERN, message = "{centre.form.houseNumber.invalid}")
    private String houseNumber;

    @Pattern(regexp = Postcode.INPUT_PATTERN, message = "{centre.form.postcode.invalid}")
    private String postcode;

    @Size(max = Address.MAX_CITY, message = "{centre.form.city.tooLong}")
    private String city;

    @Pattern(regexp = DistrictCode.PATTERN, message = "{centre.form.districtCode.invalid}")
    private String districtCode;

    @Pattern(regexp = NeighbourhoodCode.PATTERN, message = "{centre.form.neighbourhoodCode.invalid}")
    private String neighbourhoodCode;

    private boolean rentsOutRooms;

    /**
     * The rules between fields that Bean Validation cannot express: an address is complete or
     * absent, and a neighbourhood lies in the district when both are given.
     */
    void checkCombinations(Errors errors) {
        boolean anyAddress = Stream.of(street, houseNumber, postcode, city).anyMatch(value -> value != null);
        if (anyAddress) {
            requireForAddress(errors, "street", street);
            requireForAddress(errors, "houseNumber", houseNumber);
            requireForAddress(errors, "postcode", postcode);
            requireForAddress(errors, "city", city);
        }
        if (!errors.hasFieldErrors("districtCode")
                && !errors.hasFieldErrors("neighbourhoodCode")
                && districtCode != null
                && neighbourhoodCode != null
                && !new NeighbourhoodCode(neighbourhoodCode).liesIn(new DistrictCode(districtCode))) {
            errors.rejectValue(
                    "neighbourhoodCode",
                    "centre.form.neighbourhoodCode.outsideDistrict",
                    new Object[] {districtCode},
                    "De buurt ligt niet in wijk " + districtCode);
        }
    }

    private static void requireForAddress(Errors errors, String field, String value) {
        if (value == null && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "centre.form." + field + ".required");
        }
    }

    /** The details for the register; only called once the form has no errors. */
    CentreDetails toDetails() {
        Optional<Address> address = street == null
                ? Optional.empty()
                : Optional.of(new Address(street, houseNumber, Postcode.parse(postcode), city));
        return new CentreDetails(
                name,
                new CentreType(type),
                address,
                Optional.ofNullable(districtCode).map(DistrictCode::new),
                Optional.ofNullable(neighbourhoodCode).map(NeighbourhoodCode::new),
                rentsOutRooms);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getHouseNumber() {
        return houseNumber;
    }

    public void setHouseNumber(String houseNumber) {
        this.houseNumber = houseNumber;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public void setDistrictCode(String districtCode) {
        this.districtCode = districtCode;
    }

    public String getNeighbourhoodCode() {
        return neighbourhoodCode;
    }

    public void setNeighbourhoodCode(String neighbourhoodCode) {
        this.neighbourhoodCode = neighbourhoodCode;
    }

    public boolean isRentsOutRooms() {
        return rentsOutRooms;
    }

    public void setRentsOutRooms(boolean rentsOutRooms) {
        this.rentsOutRooms = rentsOutRooms;
    }
}
