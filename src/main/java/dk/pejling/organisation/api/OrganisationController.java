package dk.pejling.organisation.api;

import dk.pejling.organisation.OrganisationDetails;
import dk.pejling.organisation.OrganisationId;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.shared.ListPage;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "The partner organisations and their units, as a tree")
class OrganisationController {

    private final OrganisationService organisations;

    OrganisationController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @Operation(summary = "List organisations, filtered by name with q")
    ListPage<OrganisationDto> list(@RequestParam(required = false) String q,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "50") int size) {
        return organisations.list(new PageQuery(q, page, size)).map(OrganisationDto::of);
    }

    @GetMapping("/{id}")
    OrganisationDto get(@PathVariable UUID id) {
        return OrganisationDto.of(organisations.get(new OrganisationId(id)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    OrganisationDto create(@Valid @RequestBody OrganisationRequest request, Viewer viewer) {
        return OrganisationDto.of(organisations.create(request.details(), request.key(), viewer));
    }

    @PutMapping("/{id}")
    OrganisationDto update(@PathVariable UUID id, @Valid @RequestBody OrganisationRequest request, Viewer viewer) {
        return OrganisationDto.of(organisations.update(new OrganisationId(id), request.requiredVersion(), request.details(), viewer));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id, Viewer viewer) {
        organisations.delete(new OrganisationId(id), viewer);
    }
}
