package nl.trefpunt.reservation.space;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who may add a space for hire: the centre's manager, the back-office that runs reservations
 * for centres, the municipality's administrator and the platform. Hirers may not.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyAuthority("
        + "T(nl.trefpunt.platform.security.Role).CENTRE_MANAGER.authority(),"
        + "T(nl.trefpunt.platform.security.Role).BACKOFFICE_STAFF.authority(),"
        + "T(nl.trefpunt.platform.security.Role).MUNICIPALITY_ADMIN.authority(),"
        + "T(nl.trefpunt.platform.security.Role).PLATFORM_ADMIN.authority(),"
        + "T(nl.trefpunt.platform.security.Role).PLATFORM_SERVICE.authority())")
@interface MayAddSpaces {}
