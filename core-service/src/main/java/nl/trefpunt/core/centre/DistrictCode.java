package nl.trefpunt.core.centre;

/**
 * A district (wijk) as Statistics Netherlands codes it: {@code WK} + the four digits of the
 * municipality + two digits, for example {@code WK020201}.
 */
public record DistrictCode(String value) {

    public static final String PATTERN = "^WK[0-9]{6}$";

    public DistrictCode {
        if (value == null || !value.matches(PATTERN)) {
            throw new InvalidCentre("districtCode", "moet een CBS-wijkcode zijn, zoals WK020201");
        }
    }

    /** The digits a neighbourhood code in this district starts with. */
    String digits() {
        return value.substring(2);
    }

    @Override
    public String toString() {
        return value;
    }
}
