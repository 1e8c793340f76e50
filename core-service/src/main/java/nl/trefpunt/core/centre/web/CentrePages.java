package nl.trefpunt.core.centre.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.trefpunt.core.centre.Centre;
import nl.trefpunt.core.centre.CentreDetails;
import nl.trefpunt.core.centre.CentreId;
import nl.trefpunt.core.centre.CentreRegister;
import nl.trefpunt.core.centre.CentreSearch;
import nl.trefpunt.core.centre.CentreType;
import nl.trefpunt.core.centre.InvalidCentre;
import nl.trefpunt.platform.pages.Pages;
import nl.trefpunt.platform.pages.ResultPager;
import nl.trefpunt.platform.paging.Paging;
import nl.trefpunt.platform.paging.ResultPage;
import nl.trefpunt.platform.web.ResourceNotFound;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The centre register's pages ({@code /{tenant}/centra/**} at the gateway): the list with a search
 * on name, a centre's page, and the registration form. They use the same {@link CentreRegister}
 * as the API, so the rules and who may do what are the same.
 */
@Pages
@RequestMapping("/centra")
class CentrePages {

    static final String NEW_PATH = "/nieuw";

    private final CentreRegister register;
    private final MessageSource messages;

    CentrePages(CentreRegister register, MessageSource messages) {
        this.register = register;
        this.messages = messages;
    }

    /** Empty fields are absent, not empty strings, so optional fields pass their patterns. */
    @InitBinder("centre")
    void blankIsAbsent(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    /**
     * The list. With htmx (header {@code HX-Request}, the search field as one types) only the
     * results and the count come back; without JavaScript the search form loads the whole page.
     */
    @GetMapping
    String list(
            @RequestParam(required = false) String name,
            @RequestParam(defaultValue = "1") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Authentication person,
            Locale locale,
            HttpServletResponse response,
            Model model) {
        String search = name == null ? "" : name.strip();
        if (search.length() > CentreDetails.MAX_NAME) {
            search = search.substring(0, CentreDetails.MAX_NAME);
        }
        Paging paging = new Paging(Math.max(1, Math.min(page, Paging.MAX_PAGE)), Paging.DEFAULT_PAGE_SIZE);
        ResultPage<Centre> result = register.search(new CentreSearch(Optional.of(search), Optional.empty()), paging);
        Map<String, String> criteria = new LinkedHashMap<>();
        criteria.put("name", search);
        model.addAttribute("name", search);
        model.addAttribute(
                "centres",
                result.items().stream().map(c -> CentreView.of(c, locale)).toList());
        model.addAttribute("pager", ResultPager.of(result, "/centra", criteria));
        model.addAttribute("mayRegister", CentreRegistrars.include(person));
        // The same address answers with a fragment or a whole page: caches must keep them apart.
        response.addHeader("Vary", "HX-Request");
        return htmx != null ? "centre/list-update :: update" : "centre/list";
    }

    @GetMapping(NEW_PATH)
    String registrationForm(Authentication person, Locale locale, Model model) {
        mayRegister(person);
        model.addAttribute("centre", new CentreForm());
        return registrationPage(locale, model);
    }

    @PostMapping(NEW_PATH)
    String registerCentre(
            @Valid @ModelAttribute("centre") CentreForm centre,
            BindingResult form,
            Authentication person,
            Locale locale,
            Model model) {
        mayRegister(person);
        centre.checkCombinations(form);
        if (form.hasErrors()) {
            return registrationPage(locale, model);
        }
        Centre registered;
        try {
            registered = register.register(centre.toDetails());
        } catch (InvalidCentre rule) {
            // A rule the form's own checks did not foresee: shown at its field, in the domain's words.
            String field = rule.field().replaceFirst("^address\\.", "");
            if (form.getFieldType(field) != null) {
                form.rejectValue(field, "centre.form." + field + ".invalid", rule.reason());
            } else {
                form.reject("centre.form.invalid", rule.reason());
            }
            return registrationPage(locale, model);
        }
        return "redirect:/centra/" + registered.id() + "?geregistreerd";
    }

    @GetMapping("/{centreId}")
    String centre(@PathVariable String centreId, Locale locale, Model model) {
        Centre centre =
                parse(centreId).flatMap(register::find).orElseThrow(() -> new ResourceNotFound("Centrum", centreId));
        model.addAttribute("centre", CentreView.of(centre, locale));
        return "centre/detail";
    }

    /** The form, offering the common kinds by their names in the page's language. */
    private String registrationPage(Locale locale, Model model) {
        Map<String, String> types = new LinkedHashMap<>();
        for (String code : CentreType.COMMON_CODES) {
            types.put(code, messages.getMessage("centre.type." + code, null, code, locale));
        }
        model.addAttribute("types", types);
        return "centre/new";
    }

    private static void mayRegister(Authentication person) {
        if (!CentreRegistrars.include(person)) {
            throw new AccessDeniedException("Registering centres is not among this person's roles");
        }
    }

    /** A malformed id names no centre either: the same "not found" page as an unknown one. */
    private static Optional<CentreId> parse(String id) {
        try {
            return Optional.of(new CentreId(UUID.fromString(id)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
