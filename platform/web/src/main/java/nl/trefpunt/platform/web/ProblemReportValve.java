package nl.trefpunt.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;

/**
 * Errors Tomcat answers itself, before any filter or Spring MVC runs (a NUL or an encoded slash in
 * the path, a path that is not UTF-8, a request line that is too long), get the same answer as
 * every other error: problem+json with {@code API-Version}, in the caller's language, or a short
 * page for a browser. Replaces Tomcat's English HTML report.
 */
class ProblemReportValve extends ErrorReportValve {

    private final String apiVersion;

    ProblemReportValve(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code);
        if (status == null) {
            status = code >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
        }
        Locale language = safeLanguage(request);
        String title = ProblemTexts.title(language, status);
        String detail = ProblemTexts.detail(language, status);
        try {
            boolean page = wantsPage(request);
            response.setHeader(ApiVersionHeader.NAME, apiVersion);
            response.setCharacterEncoding("UTF-8");
            String body;
            if (page) {
                response.setContentType("text/html");
                body = "<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                        + HtmlUtils.htmlEscape(title) + " · Trefpunt</title></head><body><main><h1>"
                        + HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(detail)
                        + "</p><p><a href=\"/\">Trefpunt</a></p></main></body></html>";
            } else {
                response.setContentType(Problems.PROBLEM_JSON.toString());
                body = "{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + code
                        + ",\"detail\":\"" + json(detail) + "\"}";
            }
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the answer already started: nothing more to say.
        }
    }

    /** The headers may be what was wrong with the request; Dutch when they cannot be read. */
    private static Locale safeLanguage(Request request) {
        try {
            return CallerLanguage.of(request);
        } catch (RuntimeException e) {
            return CallerLanguage.DUTCH;
        }
    }

    private static boolean wantsPage(Request request) {
        try {
            String accept = request.getHeader("Accept");
            String uri = request.getRequestURI();
            return accept != null && accept.contains("text/html") && (uri == null || !uri.contains("/api/"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
