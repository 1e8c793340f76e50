package nl.trefpunt.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.server.PathContainer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Refuses a request body over the limit with 413 before it is read into memory: a declared
 * {@code Content-Length} over the limit is refused at once; a body without one (chunked) is
 * counted while it is read and reading stops at the limit ({@link BodyTooLarge}).
 */
class RequestBodyLimit extends OncePerRequestFilter {

    private final long defaultLimit;
    private final Map<PathPattern, Long> limitsByPath;

    RequestBodyLimit(RequestLimits limits) {
        this.defaultLimit = limits.maxBody().toBytes();
        this.limitsByPath = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, DataSize> entry : limits.maxBodyByPath().entrySet()) {
            limitsByPath.put(
                    PathPatternParser.defaultInstance.parse(entry.getKey()),
                    entry.getValue().toBytes());
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            request.setAttribute(BodyTooLarge.LIMIT, limit);
            // The body is not read; the container discards (or stops) it after the answer.
            response.setHeader("Connection", "close");
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(declared >= 0 ? request : new CountedBody(request, limit), response);
    }

    private long limitFor(HttpServletRequest request) {
        if (limitsByPath.isEmpty()) {
            return defaultLimit;
        }
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        for (Map.Entry<PathPattern, Long> entry : limitsByPath.entrySet()) {
            if (entry.getKey().matches(path)) {
                return entry.getValue();
            }
        }
        return defaultLimit;
    }

    /** A request whose body stops being readable past the limit. */
    private static final class CountedBody extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream counted;

        CountedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new CountingStream(super.getInputStream(), limit);
            }
            return counted;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long limit;
        private long read;

        CountingStream(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > limit) {
                throw new BodyTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
