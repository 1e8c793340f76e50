package nl.trefpunt.core.centre;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who may add a centre to the municipality's register: the municipality itself, the cooperative
 * back-office that serves the centres, and the platform. Centre managers and hirers may not.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyAuthority("
        + "T(nl.trefpunt.platform.security.Role).MUNICIPALITY_ADMIN.authority(),"
        + "T(nl.trefpunt.platform.security.Role).MUNICIPALITY_STAFF.authority(),"
        + "T(nl.trefpunt.platform.security.Role).BACKOFFICE_STAFF.authority(),"
        + "T(nl.trefpunt.platform.security.Role).PLATFORM_ADMIN.authority(),"
        + "T(nl.trefpunt.platform.security.Role).PLATFORM_SERVICE.authority())")
@interface MayRegisterCentres {}
