package nl.trefpunt.reservation.space.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import nl.trefpunt.platform.paging.Paging;
import nl.trefpunt.platform.web.Problems;
import nl.trefpunt.platform.web.ResourceNotFound;
import nl.trefpunt.reservation.centre.CentreId;
import nl.trefpunt.reservation.space.InvalidSpace;
import nl.trefpunt.reservation.space.Space;
import nl.trefpunt.reservation.space.SpaceCatalogue;
import nl.trefpunt.reservation.space.SpaceDetails;
import nl.trefpunt.reservation.space.SpaceId;
import nl.trefpunt.reservation.space.SpaceNameTaken;
import nl.trefpunt.reservation.space.SpaceSearch;
import org.springframework.http.HttpStatus;
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

/** The spaces of the centres over HTTP: {@code /api/v1/spaces}. */
@RestController
@RequestMapping("/api/v1/spaces")
@Tag(name = "Ruimtes", description = "De ruimtes (zalen) die centra verhuren")
class SpacesController {

    private final SpaceCatalogue catalogue;

    SpacesController(SpaceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @PostMapping
    @Operation(
            summary = "Ruimte toevoegen",
            description = "Voor beheerders van centra, backoffice, gemeentebeheer en platform; niet voor huurders.")
    @ApiResponse(
            responseCode = "201",
            description = "Toegevoegd",
            headers =
                    @Header(
                            name = "Location",
                            description = "Adres van de nieuwe ruimte",
                            schema = @Schema(type = "string", format = "uri")))
    @ApiResponse(responseCode = "409", description = "Het centrum heeft al een ruimte met deze naam")
    ResponseEntity<SpaceResponse> addSpace(@Valid @RequestBody AddSpaceRequest request) {
        Space space = catalogue.add(request.toDetails());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{spaceId}")
                .buildAndExpand(space.id().value())
                .toUri();
        return ResponseEntity.created(location).body(SpaceResponse.of(space));
    }

    @GetMapping
    @Operation(summary = "Ruimtes opzoeken", description = "Gesorteerd op naam, per pagina.")
    @ApiResponse(responseCode = "200", description = "Een pagina ruimtes")
    SpaceListResponse listSpaces(
            @Parameter(description = "Alleen ruimtes van dit centrum") @RequestParam(required = false) UUID centreId,
            @Parameter(description = "Alleen ruimtes voor minstens zoveel personen", example = "50")
                    @RequestParam(required = false)
                    @Min(value = SpaceDetails.MIN_CAPACITY, message = "moet minstens {value} zijn")
                    @Max(value = SpaceDetails.MAX_CAPACITY, message = "mag hoogstens {value} zijn")
                    Integer minCapacity,
            @Parameter(description = "Paginanummer, vanaf 1")
                    @RequestParam(defaultValue = "1")
                    @Min(value = 1, message = "moet minstens {value} zijn")
                    @Max(value = Paging.MAX_PAGE, message = "mag hoogstens {value} zijn")
                    int page,
            @Parameter(description = "Aantal ruimtes per pagina, hoogstens 100")
                    @RequestParam(defaultValue = "" + Paging.DEFAULT_PAGE_SIZE)
                    @Min(value = 1, message = "moet minstens {value} zijn")
                    @Max(value = Paging.MAX_PAGE_SIZE, message = "mag hoogstens {value} zijn")
                    int pageSize) {
        SpaceSearch search = new SpaceSearch(
                Optional.ofNullable(centreId).map(CentreId::new),
                minCapacity == null ? OptionalInt.empty() : OptionalInt.of(minCapacity));
        return SpaceListResponse.of(catalogue.search(search, new Paging(page, pageSize)));
    }

    @GetMapping("/{spaceId}")
    @Operation(summary = "Ruimte ophalen")
    @ApiResponse(responseCode = "200", description = "De ruimte")
    SpaceResponse getSpace(@Parameter(description = "Identificatie van de ruimte") @PathVariable UUID spaceId) {
        return catalogue
                .find(new SpaceId(spaceId))
                .map(SpaceResponse::of)
                .orElseThrow(() -> new ResourceNotFound("Ruimte", spaceId));
    }

    @ExceptionHandler(SpaceNameTaken.class)
    ResponseEntity<ProblemDetail> nameTaken(SpaceNameTaken e) {
        return Problems.response(
                HttpStatus.CONFLICT,
                "Naam al in gebruik",
                "Dit centrum heeft al een ruimte met de naam '" + e.name() + "'.");
    }

    /** A rule the request's shape cannot express. */
    @ExceptionHandler(InvalidSpace.class)
    ResponseEntity<ProblemDetail> invalidSpace(InvalidSpace e) {
        return ResponseEntity.badRequest()
                .contentType(Problems.PROBLEM_JSON)
                .body(Problems.invalidInput(List.of(new Problems.InvalidParam(e.field(), e.reason()))));
    }
}
