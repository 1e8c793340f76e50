package nl.trefpunt.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import tools.jackson.databind.JacksonModule;

/** The API conventions every Trefpunt service follows; see the module README. */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@EnableConfigurationProperties({ApiProperties.class, RequestLimits.class})
@Import({ApiProblems.class, ProblemErrorController.class})
public class WebAutoConfiguration {

    @Bean
    FilterRegistrationBean<ApiVersionHeader> apiVersionHeader(ApiProperties api) {
        FilterRegistrationBean<ApiVersionHeader> registration =
                new FilterRegistrationBean<>(new ApiVersionHeader(api.version()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Right after the version header, before security and everything that reads the body. */
    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(RequestLimits limits) {
        FilterRegistrationBean<RequestBodyLimit> registration =
                new FilterRegistrationBean<>(new RequestBodyLimit(limits));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestTextFilter> requestTextFilter() {
        FilterRegistrationBean<RequestTextFilter> registration = new FilterRegistrationBean<>(new RequestTextFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    /**
     * Tomcat's own error answers (before any filter runs) become problem+json too. Runs after
     * Boot's customizer, which adds a plain ErrorReportValve; that one is replaced.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports(ApiProperties api) {
        return new ProblemReports(api.version());
    }

    @Bean
    JacksonModule acceptableTextModule() {
        return new AcceptableTextModule();
    }

    @Bean
    NlApiDesignRules nlApiDesignRules(ApiProperties api) {
        return new NlApiDesignRules(api);
    }
}
