package nl.trefpunt.tenant.registry.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Optional;
import nl.trefpunt.platform.security.Role;

/** A realm role a person can be given: any Trefpunt role except the service accounts' own. */
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AssignableRole.Validator.class)
@interface AssignableRole {

    String message() default
            "is geen rol voor mensen (platform-admin, municipality-admin, municipality-staff, backoffice-staff,"
                    + " centre-manager, hirer)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<AssignableRole, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null
                    || role(value).filter(role -> role != Role.PLATFORM_SERVICE).isPresent();
        }

        static Optional<Role> role(String realmRole) {
            return Arrays.stream(Role.values())
                    .filter(role -> role.realmRole().equals(realmRole))
                    .findFirst();
        }
    }
}
