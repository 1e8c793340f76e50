package nl.trefpunt.core.centre;

import java.util.Objects;

/**
 * Where a centre's building is.
 *
 * @param street the street name
 * @param houseNumber the number with any letter or addition, for example {@code 12}, {@code 12a}
 *     or {@code 12-3}
 * @param postcode the Dutch postcode
 * @param city the place (woonplaats), which is not always the municipality's name
 */
public record Address(String street, String houseNumber, Postcode postcode, String city) {

    public static final int MAX_STREET = 120;
    public static final int MAX_CITY = 80;
    public static final String HOUSE_NUMBER_PATTERN = "^[1-9][0-9]{0,4}([ -]?[a-zA-Z0-9]{1,6})?$";

    public Address {
        street = required(street, "address.street", MAX_STREET);
        city = required(city, "address.city", MAX_CITY);
        houseNumber = houseNumber == null ? null : houseNumber.strip();
        if (houseNumber == null || !houseNumber.matches(HOUSE_NUMBER_PATTERN)) {
            throw new InvalidCentre("address.houseNumber", "moet een huisnummer zijn, zoals 12, 12a of 12-3");
        }
        Objects.requireNonNull(postcode, "postcode");
    }

    private static String required(String value, String field, int maxLength) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InvalidCentre(field, "is verplicht");
        }
        if (text.length() > maxLength) {
            throw new InvalidCentre(field, "mag hoogstens " + maxLength + " tekens lang zijn");
        }
        return text;
    }
}
