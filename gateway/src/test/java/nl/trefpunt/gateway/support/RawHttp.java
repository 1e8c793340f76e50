package nl.trefpunt.gateway.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * HTTP/1.1 over a plain socket, for what a well-behaved client cannot send: request lines and
 * headers over the limits, bodies that declare 10 MB but send a few bytes, chunked bodies that
 * never end. The request is written on a thread of its own, so an answer that comes before the
 * body has been sent (as a 413 should) is read all the same.
 */
public final class RawHttp {

    /** The answer: status, headers (names lower case) and body. */
    public record Answer(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {}

    /** Sends {@code head} (request line and headers, CRLF-separated, without the blank line) and no body. */
    public static Answer send(int port, String head) {
        return send(port, head, out -> {});
    }

    /** Sends {@code head}, the blank line, then whatever {@code body} writes, and reads the answer. */
    public static Answer send(int port, String head, Consumer<OutputStream> body) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout((int) BrowserHttp.REQUEST_TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            Thread writer = new Thread(() -> {
                try {
                    out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    body.accept(out);
                    out.flush();
                } catch (IOException | UncheckedIOException closedEarly) {
                    // The gateway answered and closed before everything was sent: what a limit should do.
                }
            });
            writer.setDaemon(true);
            writer.start();
            Answer answer = read(socket.getInputStream());
            writer.join(5_000);
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code bytes} bytes of body in chunks of 16 kB; quietly stops when the gateway has closed. */
    public static Consumer<OutputStream> bytes(long bytes, boolean chunked) {
        return out -> {
            byte[] chunk = new byte[16 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'x');
            try {
                for (long sent = 0; sent < bytes; sent += chunk.length) {
                    int size = (int) Math.min(chunk.length, bytes - sent);
                    if (chunked) {
                        out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    }
                    out.write(chunk, 0, size);
                    if (chunked) {
                        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    }
                }
                out.flush();
            } catch (IOException closed) {
                throw new UncheckedIOException(closed);
            }
        };
    }

    private static Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            throw new IOException("The gateway closed the connection without an answer");
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.merge(
                    header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    header.substring(colon + 1).trim(),
                    (a, b) -> a + ", " + b);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String length = headers.get("content-length");
        if (length != null) {
            body.write(in.readNBytes(Integer.parseInt(length)));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line(in).trim(), 16);
                    size > 0;
                    size = Integer.parseInt(line(in).trim(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        } else {
            body.write(in.readAllBytes());
        }
        return new Answer(status, headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1; c = in.read()) {
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) c);
        }
        return line.isEmpty() ? null : line.toString();
    }
}
