package nl.trefpunt.platform.pages.demo;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/** The demo's small htmx form: one address, answered in place. */
public class Nieuwsbrief {

    @NotBlank(message = "{demo.email.verplicht}")
    @Email(message = "{demo.email.ongeldig}")
    private String adres;

    public String getAdres() {
        return adres;
    }

    public void setAdres(String adres) {
        this.adres = adres;
    }
}
