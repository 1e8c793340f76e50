package nl.trefpunt.core.centre;

/**
 * A neighbourhood (buurt) as Statistics Netherlands codes it: {@code BU} + the district's six
 * digits + two digits, for example {@code BU02020101} in district {@code WK020201}.
 */
public record NeighbourhoodCode(String value) {

    public static final String PATTERN = "^BU[0-9]{8}$";

    public NeighbourhoodCode {
        if (value == null || !value.matches(PATTERN)) {
            throw new InvalidCentre("neighbourhoodCode", "moet een CBS-buurtcode zijn, zoals BU02020101");
        }
    }

    public boolean liesIn(DistrictCode district) {
        return value.substring(2, 8).equals(district.digits());
    }

    @Override
    public String toString() {
        return value;
    }
}
