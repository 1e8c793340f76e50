package nl.trefpunt.tenant.registry.web;

import java.util.Locale;
import nl.trefpunt.platform.web.Problems;
import nl.trefpunt.tenant.registry.Accounts;
import nl.trefpunt.tenant.registry.DirectoryUnavailable;
import nl.trefpunt.tenant.registry.MembershipRefused;
import nl.trefpunt.tenant.registry.Organizations;
import nl.trefpunt.tenant.registry.TenantConflict;
import nl.trefpunt.tenant.registry.TenantNotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The registry's refusals as problem+json. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RegistryProblems {

    private static final Logger log = LoggerFactory.getLogger(RegistryProblems.class);

    @ExceptionHandler(TenantNotFound.class)
    ResponseEntity<ProblemDetail> notFound(TenantNotFound e) {
        return Problems.response(HttpStatus.NOT_FOUND, "Gemeente niet gevonden", e.getMessage());
    }

    @ExceptionHandler(TenantConflict.class)
    ResponseEntity<ProblemDetail> conflict(TenantConflict e) {
        return Problems.response(HttpStatus.CONFLICT, "Botst met het register", e.getMessage());
    }

    @ExceptionHandler(Organizations.OrganizationMissing.class)
    ResponseEntity<ProblemDetail> organizationMissing(Organizations.OrganizationMissing e) {
        return Problems.response(HttpStatus.CONFLICT, "Gemeente nog niet ingericht", e.getMessage());
    }

    /**
     * One answer for a taken username or e-mail address and for an account of another
     * municipality or of a platform administrator: it names neither which field nor where the
     * account exists.
     */
    @ExceptionHandler(MembershipRefused.AccountUnavailable.class)
    ResponseEntity<ProblemDetail> accountUnavailable(MembershipRefused.AccountUnavailable e, Locale locale) {
        log.info("Enrolment refused: {}", e.reason());
        return accountUnavailable(locale);
    }

    @ExceptionHandler(Accounts.AccountConflict.class)
    ResponseEntity<ProblemDetail> accountConflict(Accounts.AccountConflict e, Locale locale) {
        log.info("Enrolment refused: {}", e.getMessage());
        return accountUnavailable(locale);
    }

    @ExceptionHandler(Accounts.AccountRefused.class)
    ResponseEntity<ProblemDetail> accountRefused(Accounts.AccountRefused e, Locale locale) {
        log.info("Enrolment refused by Keycloak: {}", e.getMessage());
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return english
                ? Problems.response(
                        HttpStatus.BAD_REQUEST,
                        "Invalid input",
                        "The person's details were not accepted. Check the username, the names and the e-mail"
                                + " address for unusual characters.")
                : Problems.response(
                        HttpStatus.BAD_REQUEST,
                        "Ongeldige invoer",
                        "De gegevens van de persoon werden niet aanvaard. Controleer gebruikersnaam, naam en"
                                + " e-mailadres op ongebruikelijke tekens.");
    }

    private static ResponseEntity<ProblemDetail> accountUnavailable(Locale locale) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return english
                ? Problems.response(
                        HttpStatus.CONFLICT,
                        "Username or e-mail address not available",
                        "Choose another username or e-mail address. If this person already uses Trefpunt,"
                                + " ask the platform administrators to add their account to this municipality.")
                : Problems.response(
                        HttpStatus.CONFLICT,
                        "Gebruikersnaam of e-mailadres niet beschikbaar",
                        "Kies een andere gebruikersnaam of een ander e-mailadres. Gebruikt deze persoon Trefpunt"
                                + " al, vraag dan platformbeheer het account aan deze gemeente toe te voegen.");
    }

    @ExceptionHandler(MembershipRefused.class)
    ResponseEntity<ProblemDetail> refused(MembershipRefused e) {
        return Problems.response(HttpStatus.FORBIDDEN, "Geen toegang", e.getMessage());
    }

    @ExceptionHandler(DirectoryUnavailable.class)
    ResponseEntity<ProblemDetail> directoryUnavailable(DirectoryUnavailable e) {
        log.warn("Keycloak unavailable: {}", e.getMessage(), e.getCause());
        ResponseEntity<ProblemDetail> response = Problems.response(
                HttpStatus.SERVICE_UNAVAILABLE,
                "Keycloak niet beschikbaar",
                e.getMessage() + ". Probeer het later opnieuw.");
        return ResponseEntity.status(response.getStatusCode())
                .header(HttpHeaders.RETRY_AFTER, "30")
                .contentType(Problems.PROBLEM_JSON)
                .body(response.getBody());
    }
}
