package nl.trefpunt.platform.pages.demo;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The demo form's command object: mutable, because Spring binds the posted form onto it. */
public class Aanmelding {

    @NotBlank(message = "{demo.naam.verplicht}")
    private String naam;

    @NotBlank(message = "{demo.email.verplicht}")
    @Email(message = "{demo.email.ongeldig}")
    private String email;

    @NotBlank(message = "{demo.soort.verplicht}")
    private String soort;

    @Size(max = 200, message = "{demo.toelichting.lang}")
    private String toelichting;

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getSoort() {
        return soort;
    }

    public void setSoort(String soort) {
        this.soort = soort;
    }

    public String getToelichting() {
        return toelichting;
    }

    public void setToelichting(String toelichting) {
        this.toelichting = toelichting;
    }
}
