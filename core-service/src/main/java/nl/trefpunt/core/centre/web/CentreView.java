package nl.trefpunt.core.centre.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import nl.trefpunt.core.centre.Address;
import nl.trefpunt.core.centre.Centre;
import nl.trefpunt.core.centre.DistrictCode;
import nl.trefpunt.core.centre.NeighbourhoodCode;

/**
 * A centre as the pages show it: already in the words and formats a person reads, so the
 * templates only place the values.
 *
 * @param type the kind's code; the template shows its name from the messages when it has one
 * @param address one line ("Wasplaats 1a, 6828 CX Arnhem"), or null without a building
 * @param registeredOn the registration date in Europe/Amsterdam, in the page's language
 */
public record CentreView(
        UUID id,
        String name,
        String type,
        String address,
        String districtCode,
        String neighbourhoodCode,
        boolean rentsOutRooms,
        String registeredOn) {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    static CentreView of(Centre centre, Locale locale) {
        return new CentreView(
                centre.id().value(),
                centre.name(),
                centre.type().code(),
                centre.address().map(CentreView::oneLine).orElse(null),
                centre.district().map(DistrictCode::value).orElse(null),
                centre.neighbourhood().map(NeighbourhoodCode::value).orElse(null),
                centre.rentsOutRooms(),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(centre.createdAt().atZone(AMSTERDAM)));
    }

    private static String oneLine(Address address) {
        return address.street() + " " + address.houseNumber() + ", "
                + address.postcode().value() + " " + address.city();
    }
}
