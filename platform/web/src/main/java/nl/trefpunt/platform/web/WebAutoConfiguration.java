package nl.trefpunt.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/** The API conventions every Trefpunt service follows; see the module README. */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@EnableConfigurationProperties(ApiProperties.class)
@Import({ApiProblems.class, ProblemErrorController.class})
public class WebAutoConfiguration {

    @Bean
    FilterRegistrationBean<ApiVersionHeader> apiVersionHeader(ApiProperties api) {
        FilterRegistrationBean<ApiVersionHeader> registration =
                new FilterRegistrationBean<>(new ApiVersionHeader(api.version()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    NlApiDesignRules nlApiDesignRules(ApiProperties api) {
        return new NlApiDesignRules(api);
    }
}
