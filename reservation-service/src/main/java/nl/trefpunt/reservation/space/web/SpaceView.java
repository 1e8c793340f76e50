package nl.trefpunt.reservation.space.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import nl.trefpunt.reservation.space.Space;

/**
 * A space as the pages show it.
 *
 * @param floorAreaSquareMetres null when not known
 * @param addedOn the day it was added, in Europe/Amsterdam, in the page's language
 */
public record SpaceView(
        UUID id,
        UUID centreId,
        String name,
        int capacity,
        Integer floorAreaSquareMetres,
        boolean wheelchairAccessible,
        String addedOn) {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    static SpaceView of(Space space, Locale locale) {
        return new SpaceView(
                space.id().value(),
                space.centre().value(),
                space.name(),
                space.capacity(),
                space.floorAreaSquareMetres().isPresent()
                        ? space.floorAreaSquareMetres().getAsInt()
                        : null,
                space.wheelchairAccessible(),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(space.createdAt().atZone(AMSTERDAM)));
    }
}
