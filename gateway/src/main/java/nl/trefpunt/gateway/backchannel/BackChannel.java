package nl.trefpunt.gateway.backchannel;

import io.netty.channel.ChannelOption;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/**
 * The HTTP client for the gateway's own calls to Keycloak and tenant-service, with connect and
 * response timeouts: a hung Keycloak must end in a clear answer within seconds, not in a browser
 * waiting forever (the default client waits as long as the connection stays open).
 */
@Component
public class BackChannel {

    private final BackChannelProperties properties;
    private final ReactorClientHttpConnector connector;

    public BackChannel(BackChannelProperties properties) {
        this.properties = properties;
        this.connector = new ReactorClientHttpConnector(HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int)
                        properties.connectTimeout().toMillis())
                .responseTimeout(properties.responseTimeout()));
    }

    public WebClient.Builder webClient() {
        return WebClient.builder().clientConnector(connector);
    }

    /** Connect plus response time: the longest one call may take before the answer starts. */
    public java.time.Duration longestCall() {
        return properties.connectTimeout().plus(properties.responseTimeout());
    }
}
