package nl.trefpunt.tenant.registry.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.trefpunt.tenant.registry.Gemeentecode;

/** A CBS gemeentecode as {@link Gemeentecode} accepts it; absent values are left to {@code @NotNull}. */
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CbsGemeentecode.Validator.class)
@interface CbsGemeentecode {

    String message() default "is geen CBS-gemeentecode (GM gevolgd door vier cijfers, bijvoorbeeld GM0202)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CbsGemeentecode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Gemeentecode.isValid(value);
        }
    }
}
