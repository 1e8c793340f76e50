package nl.trefpunt.tenant.registry.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.trefpunt.tenant.registry.AccessibilityContact;

/**
 * One part of an {@link AccessibilityContact} as the domain accepts it, so a request that passes
 * validation never fails later: an e-mail address or an {@code http(s)} web address. Absent and
 * empty values pass (empty removes the contact).
 */
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AccessibilityContactPart.Validator.class)
@interface AccessibilityContactPart {

    Kind value();

    String message() default "is ongeldig";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    enum Kind {
        EMAIL,
        WEB_ADDRESS
    }

    class Validator implements ConstraintValidator<AccessibilityContactPart, String> {

        private Kind kind;

        @Override
        public void initialize(AccessibilityContactPart annotation) {
            kind = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            return kind == Kind.EMAIL
                    ? AccessibilityContact.isEmailAddress(value)
                    : AccessibilityContact.isWebAddress(value);
        }
    }
}
