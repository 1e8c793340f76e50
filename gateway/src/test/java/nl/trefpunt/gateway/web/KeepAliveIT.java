package nl.trefpunt.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.trefpunt.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser keeps its connection to the gateway open and sends the next request as soon as the
 * previous answer is in, often before the gateway has finished its own bookkeeping for it (a login
 * redirect completes on another thread, because it creates a session). The connection must go on
 * serving: with Reactor Netty 1.3.7 it stopped reading after such a request, and the browser's next
 * click on that connection waited forever (reactor/reactor-netty#4361, fixed in 1.3.8).
 */
@GatewayIntegrationTest
class KeepAliveIT {

    private static final int ANSWER_WITHIN_MILLIS = 5_000;

    @LocalServerPort
    int port;

    @RepeatedTest(3)
    void keepsServingAConnectionAfterRequestsThatArrivedEarly() throws IOException {
        try (Socket connection = new Socket("127.0.0.1", port)) {
            connection.setSoTimeout(ANSWER_WITHIN_MILLIS);
            OutputStream out = connection.getOutputStream();
            InputStream in = connection.getInputStream();

            // The login redirect (answered off the event loop: it creates a session), then an API
            // call with a broken token (refused at once, on the event loop).
            out.write((request("/oauth2/authorization/keycloak") + apiRequest()).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(statusOf(in)).as("login redirect").isEqualTo(302);
            assertThat(statusOf(in)).as("API call").isEqualTo(401);

            out.write(apiRequest().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(statusOf(in)).as("next request on the same connection").isEqualTo(401);
        }
    }

    private String apiRequest() {
        return "GET /arnhem/api/v1/centres HTTP/1.1\r\nHost: localhost:" + port
                + "\r\nAccept: application/json\r\nAuthorization: Bearer no-token\r\n\r\n";
    }

    private String request(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAccept: text/html,text/css\r\n\r\n";
    }

    /** Reads one whole response (headers and body) and returns its status code. */
    private static int statusOf(InputStream in) throws IOException {
        try {
            String statusLine = line(in);
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            long contentLength = 0;
            boolean chunked = false;
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    contentLength = Long.parseLong(
                            lower.substring("content-length:".length()).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line(in).trim(), 16);
                        size > 0;
                        size = Long.parseLong(line(in).trim(), 16)) {
                    in.readNBytes((int) size);
                    line(in);
                }
                line(in);
            } else {
                in.readNBytes((int) contentLength);
            }
            return status;
        } catch (SocketTimeoutException e) {
            throw new AssertionError("The gateway did not answer within " + ANSWER_WITHIN_MILLIS + " ms", e);
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new IOException("Connection closed by the gateway");
            }
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }
}
