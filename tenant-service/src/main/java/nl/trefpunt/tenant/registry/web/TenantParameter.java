package nl.trefpunt.tenant.registry.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** How the {@code tenant} path segment is documented in the OpenAPI document. */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(
        description = "De gemeente (slug): kleine letters, cijfers en koppeltekens",
        example = "arnhem",
        schema = @Schema(type = "string", pattern = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", maxLength = 40))
@interface TenantParameter {}
