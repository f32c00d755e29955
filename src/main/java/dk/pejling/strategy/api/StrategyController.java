package dk.pejling.strategy.api;

import dk.pejling.organisation.OrganisationId;
import dk.pejling.shared.ListPage;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.LifecycleStatus;
import dk.pejling.strategy.StrategyFilter;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyKind;
import dk.pejling.strategy.StrategyLink;
import dk.pejling.strategy.StrategyOverviews;
import dk.pejling.strategy.StrategyService;
import dk.pejling.strategy.api.StrategyDtos.LinkDto;
import dk.pejling.strategy.api.StrategyDtos.StrategyDto;
import dk.pejling.strategy.api.StrategyDtos.StrategyListItem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import dk.pejling.shared.web.Downloads;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/strategies")
@Tag(name = "Strategies", description = "The shared register of strategies, policies and plans, with their goal trees")
class StrategyController {

    private final StrategyService strategies;
    private final StrategyOverviews overviews;

    StrategyController(StrategyService strategies, StrategyOverviews overviews) {
        this.strategies = strategies;
        this.overviews = overviews;
    }

    @GetMapping
    @Operation(summary = "List strategies; q filters title and summary, organisation matches owner or partner")
    ListPage<StrategyListItem> list(@RequestParam(required = false) String q,
                                    @RequestParam(required = false) UUID organisation,
                                    @RequestParam(required = false) LifecycleStatus status,
                                    @RequestParam(required = false) StrategyKind kind,
                                    @RequestParam(required = false) Integer year,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "20") int size,
                                    Viewer viewer) {
        StrategyFilter filter = new StrategyFilter(organisation == null ? null : new OrganisationId(organisation),
                status, kind, year);
        return strategies.list(filter, new PageQuery(q, page, size), viewer).map(StrategyListItem::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a strategy with partners, documents, relations and its goal tree as nested children")
    StrategyDto get(@PathVariable UUID id, Viewer viewer) {
        return StrategyDto.of(overviews.of(new StrategyId(id), viewer));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    StrategyDto create(@Valid @RequestBody StrategyRequest request, Viewer viewer) {
        Strategy created = strategies.create(request.details(), request.key(), viewer);
        return StrategyDto.of(overviews.of(created, viewer.asCreatorOf(created.id().value())));
    }

    @PutMapping("/{id}")
    StrategyDto update(@PathVariable UUID id, @Valid @RequestBody StrategyRequest request, Viewer viewer) {
        return StrategyDto.of(overviews.of(
                strategies.update(new StrategyId(id), request.requiredVersion(), request.details(), viewer), viewer));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id, Viewer viewer) {
        strategies.delete(new StrategyId(id), viewer);
    }

    @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a document (PDF, DOCX, XLSX, ODT, text, CSV, PNG, JPEG) to a strategy")
    LinkDto upload(@PathVariable UUID id, @RequestPart("file") MultipartFile file,
                   @RequestParam(required = false) String title, @RequestParam long version, Viewer viewer) {
        try {
            StrategyLink link = strategies.attachDocument(new StrategyId(id), version, title, file.getOriginalFilename(),
                    file.getContentType(), file.getSize(), file.getInputStream(), viewer);
            return LinkDto.of(id, link);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/{id}/documents/{documentId}")
    @Operation(summary = "Download an uploaded document")
    ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable UUID documentId, Viewer viewer) {
        StrategyService.DocumentDownload download = strategies.download(new StrategyId(id), documentId, viewer);
        StrategyLink link = download.link();
        return Downloads.attachment(link.fileName(), link.contentType(), link.sizeBytes(), download.content());
    }
}
