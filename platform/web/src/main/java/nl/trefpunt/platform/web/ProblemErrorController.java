package nl.trefpunt.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside Spring MVC (the servlet container, security filters) are forwarded to
 * /error; they too become problem+json, without stack trace or Whitelabel page.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        return Problems.response(status, titleOf(status), detailOf(status));
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null && status.isError()) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String titleOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "Ongeldig verzoek";
            case UNAUTHORIZED -> "Niet aangemeld";
            case FORBIDDEN -> "Geen toegang";
            case NOT_FOUND -> "Niet gevonden";
            case METHOD_NOT_ALLOWED -> "Methode niet toegestaan";
            case INTERNAL_SERVER_ERROR -> "Interne fout";
            default -> status.getReasonPhrase();
        };
    }

    private static String detailOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "Het verzoek kon niet worden gelezen.";
            case UNAUTHORIZED -> "Meld u aan om deze gegevens te zien.";
            case FORBIDDEN -> "U hebt geen toegang tot deze gegevens.";
            case NOT_FOUND -> "Dit adres bestaat niet.";
            case METHOD_NOT_ALLOWED -> "Deze methode is hier niet toegestaan.";
            case INTERNAL_SERVER_ERROR -> "Er ging iets mis aan onze kant. Probeer het later opnieuw.";
            default -> status.getReasonPhrase();
        };
    }
}
