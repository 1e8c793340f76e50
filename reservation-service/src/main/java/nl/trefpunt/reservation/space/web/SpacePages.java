package nl.trefpunt.reservation.space.web;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.trefpunt.platform.pages.Pages;
import nl.trefpunt.platform.pages.ResultPager;
import nl.trefpunt.platform.paging.Paging;
import nl.trefpunt.platform.paging.ResultPage;
import nl.trefpunt.platform.web.ResourceNotFound;
import nl.trefpunt.reservation.space.Space;
import nl.trefpunt.reservation.space.SpaceCatalogue;
import nl.trefpunt.reservation.space.SpaceId;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The spaces' pages ({@code /{tenant}/ruimtes/**} at the gateway): the list, filtered by centre
 * and by how many people a space must hold, and a space's page. Reading only, for every member
 * of the municipality, through the same {@link SpaceCatalogue} as the API.
 */
@Pages
@RequestMapping("/ruimtes")
class SpacePages {

    private final SpaceCatalogue catalogue;

    SpacePages(SpaceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    String list(
            @Valid @ModelAttribute("filter") SpaceFilter filter,
            BindingResult errors,
            @RequestParam(defaultValue = "1") int page,
            Locale locale,
            Model model) {
        if (errors.hasErrors()) {
            // The summary says what to correct; a list under a filter that was not applied would mislead.
            model.addAttribute("spaces", List.of());
            return "space/list";
        }
        Paging paging = new Paging(Math.max(1, Math.min(page, Paging.MAX_PAGE)), Paging.DEFAULT_PAGE_SIZE);
        ResultPage<Space> result = catalogue.search(filter.toSearch(), paging);
        Map<String, String> criteria = new LinkedHashMap<>();
        criteria.put(
                "centreId",
                filter.getCentreId() == null ? null : filter.getCentreId().toString());
        criteria.put(
                "minCapacity",
                filter.getMinCapacity() == null ? null : filter.getMinCapacity().toString());
        model.addAttribute(
                "spaces",
                result.items().stream().map(s -> SpaceView.of(s, locale)).toList());
        model.addAttribute("pager", ResultPager.of(result, "/ruimtes", criteria));
        return "space/list";
    }

    @GetMapping("/{spaceId}")
    String space(@PathVariable String spaceId, Locale locale, Model model) {
        Space space =
                parse(spaceId).flatMap(catalogue::find).orElseThrow(() -> new ResourceNotFound("Ruimte", spaceId));
        model.addAttribute("space", SpaceView.of(space, locale));
        return "space/detail";
    }

    /** A malformed id names no space either: the same "not found" page as an unknown one. */
    private static Optional<SpaceId> parse(String id) {
        try {
            return Optional.of(new SpaceId(UUID.fromString(id)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
