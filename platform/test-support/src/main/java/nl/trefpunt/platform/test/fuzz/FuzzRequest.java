package nl.trefpunt.platform.test.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * One generated request, exactly as sent, and what came back. {@link #describe()} prints it so
 * that a person can repeat it: method, URL, every header (the token named by its caller, never
 * shown), and the body.
 *
 * @param index position in the run, from 1
 * @param operation the documented operation it aims at, e.g. "POST /api/v1/centres"
 * @param pathAndQuery already percent-encoded
 * @param headers name/value pairs, in order, Authorization excluded (it comes from the caller)
 * @param body the body text, or {@code null} for none
 * @param tags what is unusual about the request (NUL, wrong-type, ...), for grouping failures
 */
record FuzzRequest(
        int index,
        String operation,
        String method,
        String pathAndQuery,
        Caller caller,
        List<String[]> headers,
        String body,
        Set<String> tags) {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private static final int SHOWN = 1_500;

    /** What the service answered. */
    record Answer(int status, String contentType, String apiVersion, String body, HttpResponse<String> raw) {

        String header(String name) {
            return raw == null ? null : raw.headers().firstValue(name).orElse(null);
        }

        /** Every header value and the body: where data could show up. */
        String everything() {
            if (raw == null) {
                return body;
            }
            return raw.headers().map().toString() + "\n" + body;
        }
    }

    Answer send(String baseUrl) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)));
        if (caller.token() != null) {
            builder.header("Authorization", "Bearer " + caller.token());
        }
        for (String[] header : headers) {
            builder.header(header[0], header[1]);
        }
        HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("API-Version").orElse(null),
                response.body(),
                response);
    }

    String describe(String baseUrl) {
        StringBuilder out = new StringBuilder();
        out.append("    ")
                .append(method)
                .append(' ')
                .append(baseUrl)
                .append(shown(pathAndQuery, 600))
                .append('\n');
        if (caller.token() != null) {
            out.append("    Authorization: Bearer <token of ")
                    .append(caller.description())
                    .append(">\n");
        } else {
            out.append("    (no Authorization header: ")
                    .append(caller.description())
                    .append(")\n");
        }
        for (String[] header : headers) {
            // A token never appears in a report: it is named by its caller above.
            String value = header[1].replaceAll("eyJ[\\w-]*\\.[\\w-]*\\.[\\w-]*", "<token>");
            out.append("    ")
                    .append(header[0])
                    .append(": ")
                    .append(shown(value, 200))
                    .append('\n');
        }
        if (body != null) {
            out.append("    (body, ")
                    .append(body.length())
                    .append(" chars)\n    ")
                    .append(shown(body, SHOWN))
                    .append('\n');
        }
        return out.toString();
    }

    static String describe(Answer answer) {
        if (answer == null) {
            return "    (no answer)\n";
        }
        return "    answered " + answer.status() + ", Content-Type: " + answer.contentType() + ", API-Version: "
                + answer.apiVersion() + "\n    " + shown(answer.body() == null ? "" : answer.body(), SHOWN) + "\n";
    }

    /**
     * Text made printable and short: control characters and lone surrogates as {@code \\uXXXX},
     * long runs of one character as {@code <'a' x 65537>}, and the middle of long text cut.
     */
    static String shown(String text, int limit) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int run = 1;
            while (i + run < text.length() && text.charAt(i + run) == c) {
                run++;
            }
            if (run > 20) {
                out.append("<'").append(printable(c)).append("' x ").append(run).append('>');
                i += run;
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            out.append(printable(c));
            i++;
        }
        if (out.length() > limit) {
            int head = limit * 2 / 3;
            int tail = limit - head;
            return out.substring(0, head) + " <... " + (out.length() - limit) + " more chars ...> "
                    + out.substring(out.length() - tail);
        }
        return out.toString();
    }

    private static String printable(char c) {
        if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || Character.isSurrogate(c) || c == '\u202e') {
            return String.format("\\u%04x", (int) c);
        }
        return String.valueOf(c);
    }
}
