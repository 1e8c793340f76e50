package nl.trefpunt.tenant.registry.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.trefpunt.platform.tenancy.TenantId;

/** A path segment that can name a tenant; {@link TenantId} decides, so the rule lives in one place. */
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TenantSlug.Validator.class)
@interface TenantSlug {

    String message() default
            "is geen geldige gemeente-slug (kleine letters, cijfers en koppeltekens, hoogstens 40 tekens)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<TenantSlug, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            try {
                TenantId.of(value);
                return true;
            } catch (TenantId.InvalidTenantId e) {
                return false;
            }
        }
    }
}
