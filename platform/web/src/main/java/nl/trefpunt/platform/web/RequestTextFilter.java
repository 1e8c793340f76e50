package nl.trefpunt.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses query and form parameters whose names or values are not acceptable text
 * ({@link AcceptableText}) with a 400 naming them, before any controller, repository or
 * PostgreSQL sees them. The answer is written by the error dispatch ({@code /error}), so an API
 * client gets problem+json and a browser the error page, each in its language.
 */
class RequestTextFilter extends OncePerRequestFilter {

    /** Request attribute with the {@link Problems.InvalidParam}s for the error dispatch. */
    static final String INVALID_PARAMS = RequestTextFilter.class.getName() + ".invalidParams";

    private static final int MAX_NAME_LENGTH = 100;

    /** Request attribute with the code of the detail text for the error dispatch. */
    static final String DETAIL = RequestTextFilter.class.getName() + ".detail";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!readableContentType(request.getContentType())) {
            request.setAttribute(DETAIL, "invalidInput.contentType");
            response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        List<Problems.InvalidParam> invalid;
        try {
            invalid = invalidParameters(request);
        } catch (IllegalStateException unreadable) {
            // Tomcat could not decode the parameters (not UTF-8, an empty name, a multipart
            // body without boundary): the request cannot be read, whichever parameter it was.
            request.setAttribute(DETAIL, "invalidInput.unreadableParameters");
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (!invalid.isEmpty()) {
            request.setAttribute(INVALID_PARAMS, invalid);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * A content type must name one concrete type in a known charset: a wildcard
     * ({@code application/*}), a malformed type or an unknown charset cannot describe a body, and
     * Tomcat's and Spring's readers refuse those with an exception.
     */
    static boolean readableContentType(String contentType) {
        if (contentType == null) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                return false;
            }
            type.getCharset(); // a charset Java does not know cannot be decoded

            return !type.getType().equals("multipart") || type.getParameter("boundary") != null;
        } catch (IllegalArgumentException malformedOrUnknownCharset) {
            return false;
        }
    }

    private static List<Problems.InvalidParam> invalidParameters(HttpServletRequest request) {
        Locale language = CallerLanguage.of(request);
        List<Problems.InvalidParam> invalid = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (!AcceptableText.isAcceptable(name) || name.length() > MAX_NAME_LENGTH || !printable(name)) {
                invalid.add(
                        new Problems.InvalidParam(shown(name), ProblemTexts.text(language, "reason.unacceptableName")));
                continue;
            }
            for (String value : parameter.getValue()) {
                if (value != null && !AcceptableText.isAcceptable(value)) {
                    invalid.add(
                            new Problems.InvalidParam(name, ProblemTexts.text(language, "reason.unacceptableText")));
                    break;
                }
            }
        }
        return invalid;
    }

    /** Parameter names are programmers' words: letters, digits and a few separators. */
    private static boolean printable(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_'
                    || c == '.'
                    || c == '['
                    || c == ']';
            if (!allowed) {
                return false;
            }
        }
        return !name.isEmpty();
    }

    /** The name as it can be shown back: unacceptable characters replaced, length capped. */
    private static String shown(String name) {
        StringBuilder safe = new StringBuilder();
        name.codePoints().limit(MAX_NAME_LENGTH).forEach(c -> {
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0xD800 && c <= 0xDFFF)) {
                safe.append('\uFFFD');
            } else {
                safe.appendCodePoint(c);
            }
        });
        return safe.toString();
    }
}
