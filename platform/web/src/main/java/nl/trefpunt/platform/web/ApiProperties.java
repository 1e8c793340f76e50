package nl.trefpunt.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param title the API's name in its OpenAPI document
 * @param description one sentence on what the API is for
 * @param version the full API version, sent as {@code API-Version} on every response
 */
@ConfigurationProperties("trefpunt.api")
public record ApiProperties(String title, String description, String version) {

    public ApiProperties {
        title = title == null ? "Trefpunt API" : title;
        description = description == null ? "" : description;
        version = version == null ? "1.0.0" : version;
    }
}
