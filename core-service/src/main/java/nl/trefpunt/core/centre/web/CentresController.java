package nl.trefpunt.core.centre.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.trefpunt.core.centre.Centre;
import nl.trefpunt.core.centre.CentreDetails;
import nl.trefpunt.core.centre.CentreId;
import nl.trefpunt.core.centre.CentreRegister;
import nl.trefpunt.core.centre.CentreSearch;
import nl.trefpunt.core.centre.CentreType;
import nl.trefpunt.core.centre.InvalidCentre;
import nl.trefpunt.platform.paging.Paging;
import nl.trefpunt.platform.web.Problems;
import nl.trefpunt.platform.web.ResourceNotFound;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The centre register over HTTP: {@code /api/v1/centres}. */
@RestController
@RequestMapping("/api/v1/centres")
@Tag(name = "Centra", description = "Het register van buurthuizen, wijkcentra, dorpshuizen en andere centra")
class CentresController {

    private final CentreRegister register;

    CentresController(CentreRegister register) {
        this.register = register;
    }

    @PostMapping
    @Operation(
            summary = "Centrum registreren",
            description = "Voor gemeente, backoffice en platform; niet voor beheerders van centra of huurders.")
    @ApiResponse(
            responseCode = "201",
            description = "Geregistreerd",
            headers =
                    @Header(
                            name = "Location",
                            description = "Adres van het nieuwe centrum",
                            schema = @Schema(type = "string", format = "uri")))
    ResponseEntity<CentreResponse> registerCentre(@Valid @RequestBody RegisterCentreRequest request) {
        Centre centre = register.register(request.toDetails());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{centreId}")
                .buildAndExpand(centre.id().value())
                .toUri();
        return ResponseEntity.created(location).body(CentreResponse.of(centre));
    }

    @GetMapping
    @Operation(summary = "Centra opzoeken", description = "Gesorteerd op naam, per pagina.")
    @ApiResponse(responseCode = "200", description = "Een pagina centra")
    CentreListResponse listCentres(
            @Parameter(description = "Deel van de naam, hoofdletterongevoelig", example = "wasplaats")
                    @RequestParam(required = false)
                    @Size(max = CentreDetails.MAX_NAME, message = "mag hoogstens {max} tekens lang zijn")
                    String name,
            @Parameter(description = "Soort centrum", example = "buurthuis")
                    @RequestParam(required = false)
                    @Pattern(
                            regexp = CentreType.PATTERN,
                            message = "moet een code van kleine letters, cijfers en koppeltekens zijn")
                    @Size(max = CentreType.MAX_LENGTH, message = "mag hoogstens {max} tekens lang zijn")
                    String type,
            @Parameter(description = "Paginanummer, vanaf 1")
                    @RequestParam(defaultValue = "1")
                    @Min(value = 1, message = "moet minstens {value} zijn")
                    @Max(value = Paging.MAX_PAGE, message = "mag hoogstens {value} zijn")
                    int page,
            @Parameter(description = "Aantal centra per pagina, hoogstens 100")
                    @RequestParam(defaultValue = "" + Paging.DEFAULT_PAGE_SIZE)
                    @Min(value = 1, message = "moet minstens {value} zijn")
                    @Max(value = Paging.MAX_PAGE_SIZE, message = "mag hoogstens {value} zijn")
                    int pageSize) {
        CentreSearch search = new CentreSearch(
                Optional.ofNullable(name), Optional.ofNullable(type).map(CentreType::new));
        return CentreListResponse.of(register.search(search, new Paging(page, pageSize)));
    }

    @GetMapping("/{centreId}")
    @Operation(summary = "Centrum ophalen")
    @ApiResponse(responseCode = "200", description = "Het centrum")
    CentreResponse getCentre(@Parameter(description = "Identificatie van het centrum") @PathVariable UUID centreId) {
        return register.find(new CentreId(centreId))
                .map(CentreResponse::of)
                .orElseThrow(() -> new ResourceNotFound("Centrum", centreId));
    }

    /** A rule the request's shape cannot express, such as a neighbourhood outside its district. */
    @ExceptionHandler(InvalidCentre.class)
    ResponseEntity<ProblemDetail> invalidCentre(InvalidCentre e) {
        return ResponseEntity.badRequest()
                .contentType(Problems.PROBLEM_JSON)
                .body(Problems.invalidInput(List.of(new Problems.InvalidParam(e.field(), e.reason()))));
    }
}
