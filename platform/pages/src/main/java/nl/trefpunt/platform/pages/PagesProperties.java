package nl.trefpunt.platform.pages;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param themeCssUrl a tenant's own design-token stylesheet, loaded after the open NL Design
 *     System tokens so it overrides them. {@code {tenant}} is replaced by the tenant's slug; a
 *     value starting with {@code /} is relative to the gateway's tenant prefix (so
 *     {@code /huisstijl.css} becomes {@code /arnhem/huisstijl.css}). Empty: no tenant theme,
 *     unless a page's model sets {@code tenantThemeCss}.
 */
@ConfigurationProperties("trefpunt.pages")
public record PagesProperties(String themeCssUrl) {

    public PagesProperties {
        themeCssUrl = themeCssUrl == null || themeCssUrl.isBlank() ? null : themeCssUrl.strip();
    }
}
