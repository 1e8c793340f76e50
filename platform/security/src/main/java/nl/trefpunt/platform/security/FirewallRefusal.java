package nl.trefpunt.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Answers a request the firewall refused with a 400 problem+json, written directly: an error
 * dispatch would carry the same refused path or headers through the firewall again.
 */
class FirewallRefusal implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(FirewallRefusal.class);

    private final ProblemWriter problems;

    FirewallRefusal(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException refused)
            throws IOException {
        log.info("Request refused by the firewall: {}", refused.getMessage());
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        problems.write(request, response, HttpStatus.BAD_REQUEST, "firewall.detail");
    }
}
