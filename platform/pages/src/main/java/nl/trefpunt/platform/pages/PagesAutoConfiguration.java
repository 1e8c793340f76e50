package nl.trefpunt.platform.pages;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The page shell for a service's pages; see the module README. */
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@EnableConfigurationProperties(PagesProperties.class)
@Import({AccessibilityStatementPage.class, PageErrorPage.class})
public class PagesAutoConfiguration {

    /** Query parameter that switches the language: {@code ?lang=en}, {@code ?lang=nl}. */
    public static final String LANGUAGE_PARAMETER = "lang";

    @Bean
    ShellModel shellModel(PagesProperties properties, ObjectProvider<TenantDisplayNames> tenantNames) {
        return new ShellModel(properties, tenantNames);
    }

    /** Named so the DispatcherServlet picks it up, and Boot's Accept-Language resolver steps aside. */
    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    @ConditionalOnMissingBean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return new LanguageCookieResolver();
    }

    @Bean(ErrorSummaryOrder.BEAN_NAME)
    ErrorSummaryOrder errorSummaryOrder() {
        return new ErrorSummaryOrder();
    }

    @Bean
    PageErrorViews pageErrorViews(ShellModel shells) {
        return new PageErrorViews(shells);
    }

    @Bean
    WebMvcConfigurer pageShellInterceptors(ShellModel shells) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new LanguageSwitch());
                registry.addInterceptor(new ShellInterceptor(shells));
            }
        };
    }
}
