package nl.trefpunt.gateway.web;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.ISpringWebFluxTemplateEngine;
import reactor.netty.NettyPipeline;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests Reactor Netty's HTTP decoder cannot read (request line longer than
 * {@code server.netty.max-initial-line-length}: 414; headers larger than
 * {@code server.max-http-request-header-size}: 431; otherwise malformed: 400) never reach WebFlux,
 * and Reactor Netty answers them with an empty body. A handler right behind the decoder answers
 * them instead, like every other refusal of the gateway: problem+json with {@code API-Version} on
 * API paths, the error page otherwise, Dutch unless the request asked for English, then closes the
 * connection. Requests the decoder reads cost one type check each.
 */
@Configuration(proxyBeanMethods = false)
class UnreadableRequests {

    static final String HANDLER_NAME = "trefpunt.unreadableRequests";

    @Bean
    NettyServerCustomizer unreadableRequestAnswers(
            ObjectProvider<ISpringWebFluxTemplateEngine> templates,
            MessageSource messages,
            @Value("${trefpunt.api.version:1.0.0}") String apiVersion) {
        Answers answers = new Answers(templates, messages, apiVersion);
        return server -> server.doOnChannelInit((observer, channel, remoteAddress) -> {
            ChannelPipeline pipeline = channel.pipeline();
            if (pipeline.get(NettyPipeline.HttpCodec) != null) {
                pipeline.addAfter(NettyPipeline.HttpCodec, HANDLER_NAME, new Handler(answers));
            }
        });
    }

    /** One per connection: after its answer, whatever else arrives on the connection is dropped. */
    private static final class Handler extends ChannelInboundHandlerAdapter {

        private final Answers answers;
        private boolean answered;

        Handler(Answers answers) {
            this.answers = answers;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) {
            if (answered) {
                ReferenceCountUtil.release(message);
                return;
            }
            if (message instanceof HttpRequest request
                    && request.decoderResult().isFailure()) {
                answered = true;
                FullHttpResponse response = answers.to(request);
                ReferenceCountUtil.release(message);
                ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
                return;
            }
            ctx.fireChannelRead(message);
        }
    }

    /** The answers' bytes, rendered once per status, kind and language. */
    static final class Answers {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        private final ObjectProvider<ISpringWebFluxTemplateEngine> templates;
        private final MessageSource messages;
        private final String apiVersion;
        private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();

        Answers(ObjectProvider<ISpringWebFluxTemplateEngine> templates, MessageSource messages, String apiVersion) {
            this.templates = templates;
            this.messages = messages;
            this.apiVersion = apiVersion;
        }

        FullHttpResponse to(HttpRequest request) {
            Throwable cause = request.decoderResult().cause();
            HttpStatus status;
            String key;
            if (cause instanceof TooLongHttpLineException) {
                status = HttpStatus.URI_TOO_LONG;
                key = "uri-too-long";
            } else if (cause instanceof TooLongHttpHeaderException || cause instanceof TooLongFrameException) {
                status = HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
                key = "headers-too-large";
            } else {
                status = HttpStatus.BAD_REQUEST;
                key = "bad-request";
            }
            // Without a request line (too long to read) the path is unknown: answered as an API
            // call, whose problem+json a person can still read, rather than HTML a client cannot parse.
            String uri = status == HttpStatus.URI_TOO_LONG ? null : request.uri();
            boolean api = uri == null || isApiPath(uri);
            Locale locale = languageOf(request, uri, api);
            byte[] body = rendered.computeIfAbsent(
                    status.value() + "/" + api + "/" + locale.getLanguage(), k -> render(status, key, api, locale));
            FullHttpResponse response = new DefaultFullHttpResponse(
                    HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(status.value()), Unpooled.wrappedBuffer(body));
            response.headers()
                    .set(
                            HttpHeaderNames.CONTENT_TYPE,
                            api ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : "text/html;charset=UTF-8")
                    .set(HttpHeaderNames.CONTENT_LENGTH, body.length)
                    .set(HttpHeaderNames.CONTENT_LANGUAGE, locale.getLanguage())
                    .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            if (api) {
                response.headers().set(ApiRequests.VERSION_HEADER, apiVersion);
            }
            return response;
        }

        private byte[] render(HttpStatus status, String key, boolean api, Locale locale) {
            String title = messages.getMessage("problem." + key + ".title", null, locale);
            String detail = messages.getMessage("problem." + key + ".detail", null, locale);
            if (api) {
                return JSON.writeValueAsString(ProblemResponses.body(status, title, detail))
                        .getBytes(StandardCharsets.UTF_8);
            }
            Context page = new Context(locale);
            page.setVariable("status", status.value());
            page.setVariable("title", title);
            page.setVariable("detail", detail);
            page.setVariable(
                    "shell",
                    new PageShell(
                            locale.getLanguage(),
                            CallerLanguage.SUPPORTED.stream()
                                    .map(l -> new PageShell.Link(
                                            l.getLanguage(),
                                            "/?" + CallerLanguage.PARAMETER + "=" + l.getLanguage(),
                                            l.equals(locale)))
                                    .toList(),
                            null,
                            null,
                            false));
            return templates.getObject().process("error", page).getBytes(StandardCharsets.UTF_8);
        }

        /** {@code /api/...} or {@code /{tenant}/api/...}, as {@link ApiRequests} decides, on the raw URI. */
        static boolean isApiPath(String uri) {
            int start = uri.startsWith("/") ? 1 : 0;
            if (uri.startsWith("api/", start)
                    || uri.startsWith("api?", start)
                    || uri.length() == start + 3 && uri.endsWith("api")) {
                return true;
            }
            int slash = uri.indexOf('/', start);
            return slash > start && uri.startsWith("api/", slash + 1);
        }

        private static Locale languageOf(HttpRequest request, String uri, boolean api) {
            if (uri != null && (uri.contains("?lang=en") || uri.contains("&lang=en"))) {
                return Locale.ENGLISH;
            }
            String cookies = request.headers().get(HttpHeaderNames.COOKIE);
            if (cookies != null && cookies.contains(CallerLanguage.COOKIE + "=en")) {
                return Locale.ENGLISH;
            }
            if (api) {
                String accepted = request.headers().get(HttpHeaderNames.ACCEPT_LANGUAGE);
                if (accepted != null) {
                    try {
                        List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(accepted);
                        for (Locale.LanguageRange range : ranges) {
                            Locale supported = CallerLanguage.supported(range.getRange());
                            if (supported != null) {
                                return supported;
                            }
                        }
                    } catch (IllegalArgumentException malformed) {
                        return CallerLanguage.DUTCH;
                    }
                }
            }
            return CallerLanguage.DUTCH;
        }
    }
}
