package nl.trefpunt.platform.pages;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller that serves pages for people in a browser rather than an API. Its failures are
 * shown as an error page in the shared shell (see {@link PageErrorViews}) instead of the
 * problem+json every API answers with.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface Pages {

    @AliasFor(annotation = Controller.class)
    String value() default "";
}
