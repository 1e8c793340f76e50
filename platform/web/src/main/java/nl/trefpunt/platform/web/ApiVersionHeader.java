package nl.trefpunt.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * NL API Design Rules (core/version-header): every API response carries the full API version,
 * errors included. Set before the chain runs so no later failure can lose it.
 */
public class ApiVersionHeader extends OncePerRequestFilter {

    public static final String NAME = "API-Version";

    private final String version;

    public ApiVersionHeader(String version) {
        this.version = version;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(NAME, version);
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
