package nl.trefpunt.platform.pages.demo;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.trefpunt.platform.pages.Pages;
import nl.trefpunt.platform.pages.ShellModel;
import nl.trefpunt.platform.web.ResourceNotFound;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/** Pages as a service writes them: a form with validation, and pages that fail in the usual ways. */
@Pages
@RequestMapping("/centra/demo")
class DemoPages {

    private final MessageSource messages;

    DemoPages(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute("soorten")
    Map<String, String> soorten(Locale locale) {
        Map<String, String> soorten = new LinkedHashMap<>();
        soorten.put("koffie", messages.getMessage("demo.soort.koffie", null, locale));
        soorten.put("taal", messages.getMessage("demo.soort.taal", null, locale));
        return soorten;
    }

    /** Both forms are on the page; each POST binds onto its own, the other stays empty. */
    @ModelAttribute("nieuwsbrief")
    Nieuwsbrief nieuwsbrief() {
        return new Nieuwsbrief();
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("aanmelding", new Aanmelding());
        return "demo/aanmelden";
    }

    @PostMapping
    String signUp(@Valid @ModelAttribute("aanmelding") Aanmelding aanmelding, BindingResult form) {
        if (form.hasErrors()) {
            return "demo/aanmelden";
        }
        return "redirect:/centra/demo/bedankt";
    }

    /**
     * With htmx (header HX-Request) only the newsletter section comes back and replaces itself;
     * without JavaScript the same form posts the classic way and gets the whole page.
     */
    @PostMapping("/nieuwsbrief")
    String subscribe(
            @Valid @ModelAttribute("nieuwsbrief") Nieuwsbrief nieuwsbrief,
            BindingResult form,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("aangemeld", !form.hasErrors());
        if (htmx == null) {
            model.addAttribute("aanmelding", new Aanmelding());
            return "demo/aanmelden";
        }
        return form.hasErrors() ? "demo/aanmelden :: nieuwsbrief" : "demo/aanmelden :: nieuwsbrief-bedankt";
    }

    @GetMapping("/bedankt")
    String thanks() {
        return "demo/bedankt";
    }

    @GetMapping("/huisstijl")
    String withTenantTheme(Model model) {
        model.addAttribute(ShellModel.TENANT_THEME_CSS, true);
        model.addAttribute(ShellModel.TENANT_NAME, "Gemeente Arnhem (eigen naam)");
        return "demo/huisstijl";
    }

    @GetMapping("/activiteiten/{id}")
    String activity(@PathVariable long id) {
        throw new ResourceNotFound("Activiteit", id);
    }

    @GetMapping("/instellingen")
    @PreAuthorize("hasRole('platform-admin')")
    String settings() {
        return "demo/bedankt";
    }

    @GetMapping("/storing")
    String broken() {
        throw new IllegalStateException("demo: the database is on fire");
    }
}
