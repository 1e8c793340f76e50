package nl.trefpunt.platform.tenancy;

import nl.trefpunt.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Tenancy failures as problem+json: a bad slug is bad input. Unknown tenants are answered by the tenant filter. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class TenancyProblems {

    @ExceptionHandler(TenantId.InvalidTenantId.class)
    ResponseEntity<ProblemDetail> invalidTenant(TenantId.InvalidTenantId e) {
        return Problems.response(HttpStatus.BAD_REQUEST, "Ongeldige gemeente", e.getMessage());
    }
}
