package dk.pejling.strategy;

import dk.pejling.organisation.OrganisationId;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.shared.AuditEvent;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.ListPage;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.UploadPolicy;
import dk.pejling.shared.StorageFullException;
import dk.pejling.shared.VersionConflictException;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.store.DocumentFiles;
import dk.pejling.strategy.store.StrategyQueries;
import dk.pejling.strategy.store.StrategyRepository;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Use cases of the strategy register. Every read takes the viewer: an internal strategy is
 * "not found" for the anonymous public on every path.
 */
@Service
@Transactional(readOnly = true)
public class StrategyService {

    private static final String WHAT = "strategy";
    private final StrategyRepository repository;
    private final StrategyQueries queries;
    private final OrganisationService organisations;
    private final DocumentFiles files;
    private final UploadPolicy uploads;
    private final Clock clock;
    private final dk.pejling.strategy.store.DocumentTexts texts;
    private final ApplicationEventPublisher events;
    private final StrategyPermissions permissions;

    StrategyService(StrategyRepository repository, StrategyQueries queries, OrganisationService organisations,
                    DocumentFiles files, UploadPolicy uploads, Clock clock, ApplicationEventPublisher events,
                    dk.pejling.strategy.store.DocumentTexts texts, StrategyPermissions permissions) {
        this.permissions = permissions;
        this.texts = texts;
        this.events = events;
        this.repository = repository;
        this.queries = queries;
        this.organisations = organisations;
        this.files = files;
        this.uploads = uploads;
        this.clock = clock;
    }

    public Strategy get(StrategyId id, Viewer viewer) {
        requireVisible(id, viewer);
        return repository.findById(id.value())
                .filter(s -> viewer.canSee(s.visibility(), s.id().value()))
                .orElseThrow(() -> new NotFoundException(WHAT, id.value()));
    }

    /**
     * Whether the strategy exists and the viewer may see it, in one small query. A missing and a hidden
     * strategy take the same work (the aggregate with its partners, themes and documents is loaded only
     * for a visible one), so the time of a 404 does not tell them apart either.
     */
    public boolean isVisible(StrategyId id, Viewer viewer) {
        return queries.visibilityOf(id.value()).map(v -> viewer.canSee(v, id.value())).orElse(false);
    }

    /** Throws NotFoundException unless {@link #isVisible}. */
    public void requireVisible(StrategyId id, Viewer viewer) {
        if (!isVisible(id, viewer)) {
            throw new NotFoundException(WHAT, id.value());
        }
    }

    /** The strategy with this key if the viewer may see it; empty, not an exception, so a caller's transaction stays usable. */
    public java.util.Optional<Strategy> findBySlug(String slug, Viewer viewer) {
        return repository.findBySlug(slug).filter(s -> viewer.canSee(s.visibility(), s.id().value()));
    }

    public Strategy getBySlug(String slug, Viewer viewer) {
        return repository.findBySlug(slug)
                .filter(s -> viewer.canSee(s.visibility(), s.id().value()))
                .orElseThrow(() -> new NotFoundException(WHAT, slug));
    }

    /** The strategies whose owner or a partner is one of the organisations: their partners read internal records. */
    /**
     * A strategy's title and own visibility, or empty when there is none with this id: what other modules
     * mirror of it after {@link StrategyTreeChanged} (read without a viewer: a mirror is not shown as such).
     */
    public java.util.Optional<StrategyStanding> standingOf(StrategyId id) {
        return queries.standingOf(id.value());
    }

    /**
     * Every strategy, internal ones included, read without a viewer: for a module that rebuilds its copy
     * of them (see {@link StrategyTreeChanged}) after an archive has been restored.
     */
    public List<StrategyId> allIds() {
        return queries.allIds().stream().map(StrategyId::new).toList();
    }

    public Set<UUID> ownedOrPartneredBy(java.util.Collection<UUID> organisations) {
        return queries.ownedOrPartnered(organisations);
    }

    public ListPage<StrategySummary> list(StrategyFilter filter, PageQuery page, Viewer viewer) {
        return queries.list(filter, page, viewer.internalScope());
    }

    /** The strategies this one relates to, and those relating to it, that the viewer may see. */
    public List<StrategySummary> visibleSummaries(List<UUID> ids, Viewer viewer) {
        return queries.summaries(ids, viewer.internalScope());
    }

    /** The themes of many strategies the viewer may see, in one query; a strategy without themes is absent. */
    public Map<UUID, List<String>> themesOf(java.util.Collection<UUID> ids, Viewer viewer) {
        return queries.themes(ids, viewer.internalScope());
    }

    /**
     * The relations pointing at this strategy from strategies the viewer may see, ordered by their title.
     * Package-private: its rows are the store's, which other modules do not see; they read the overview.
     */
    List<StrategyQueries.Incoming> incomingRelations(StrategyId id, Viewer viewer) {
        return queries.incoming(id.value(), viewer.internalScope());
    }

    @Transactional
    public Strategy create(StrategyDetails details, String slug, Viewer viewer) {
        // An editor registers a strategy of their own organisation and becomes its coordinator.
        permissions.requireRegisterStrategy(details.ownerId() == null ? null : details.ownerId().value(), viewer);
        checkReferences(null, details);
        if (slug != null && repository.findBySlug(slug).isPresent()) {
            throw new InvalidInputException("key", "is already used by another strategy");
        }
        Strategy saved = repository.save(Strategy.create(StrategyId.random(), slug, details, clock.instant()));
        events.publishEvent(new StrategyCreated(saved.id(), viewer.userId()));
        events.publishEvent(new StrategyTreeChanged(saved.id()));
        return saved;
    }

    /**
     * Adds relations to a strategy the register import has just created in the same transaction (its
     * creation checked the viewer may register it; the viewer's coordinator role of it exists only from
     * the next request on). Package-private: nothing else relates strategies without {@link #update}.
     */
    @Transactional
    Strategy addImportedRelations(StrategyId id, List<StrategyDetails.RelationInput> relations) {
        Strategy strategy = repository.findById(id.value()).orElseThrow(() -> new NotFoundException(WHAT, id.value()));
        for (StrategyDetails.RelationInput relation : relations) {
            if (!relation.target().equals(id) && !repository.existsById(relation.target().value())) {
                throw new InvalidInputException("relations", "refers to an unknown strategy");
            }
        }
        strategy.addRelations(relations, clock.instant());
        Strategy saved = repository.save(strategy);
        events.publishEvent(new StrategyTreeChanged(saved.id()));
        return saved;
    }

    @Transactional
    public Strategy update(StrategyId id, long expectedVersion, StrategyDetails details, Viewer viewer) {
        Strategy strategy = get(id, viewer); // 404 before 403, so a refusal does not reveal an internal record
        permissions.requireEditStrategy(id.value(), viewer);
        VersionConflictException.check(WHAT, id.value(), expectedVersion, strategy.version());
        checkReferences(id, details);
        Set<UUID> filesBefore = fileIds(strategy);
        strategy.apply(details, clock.instant());
        Strategy saved = repository.save(strategy);
        events.publishEvent(new StrategyTreeChanged(saved.id()));
        filesBefore.removeAll(fileIds(saved));
        afterCommit(() -> filesBefore.forEach(files::delete));
        return saved;
    }

    @Transactional
    public void delete(StrategyId id, Viewer viewer) {
        Strategy strategy = get(id, viewer); // 404 before 403, so a refusal does not reveal an internal record
        permissions.requireEditStrategy(id.value(), viewer);
        Set<UUID> documents = fileIds(strategy);
        repository.delete(strategy);
        events.publishEvent(new StrategyTreeChanged(id));
        afterCommit(() -> documents.forEach(files::delete));
    }

    /** Stores an uploaded file and adds it to the strategy's documents. */
    @Transactional
    public StrategyLink attachDocument(StrategyId id, long expectedVersion, String title, String fileName,
                                       String contentType, long size, InputStream content, Viewer viewer) {
        Strategy strategy = get(id, viewer); // 404 before 403, so a refusal does not reveal an internal record
        permissions.requireEditStrategy(id.value(), viewer);
        VersionConflictException.check(WHAT, id.value(), expectedVersion, strategy.version());
        try (BufferedInputStream in = new BufferedInputStream(content)) {
            in.mark(16);
            byte[] head = in.readNBytes(8);
            in.reset();
            String type = uploads.check(fileName, contentType, size, head);
            String cleanTitle = title == null || title.isBlank() ? fileName.strip() : title.strip();
            StrategyLink link = new StrategyLink(UUID.randomUUID(), cleanTitle, null, safeName(fileName), type, size);
            // Registered before the file is written: whatever fails after it (the aggregate's rules, a
            // column that is too small, the commit itself) takes the file with it. A crash between the
            // write and the commit leaves an orphan that DocumentSweep removes.
            afterRollback(() -> files.delete(link.id()));
            writeFile(link, in);
            strategy.attachFile(link, clock.instant());
            repository.save(strategy);
            events.publishEvent(new DocumentUploaded(id, link.id()));
            return link;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A full disk is said as such (507, a page that says so), not as a failure of the server. */
    private void writeFile(StrategyLink link, InputStream in) {
        try {
            files.write(link.id(), in);
        } catch (RuntimeException e) {
            if (StorageFullException.causedByFullStorage(e)) {
                throw new StorageFullException("document " + link.id(), e);
            }
            throw e;
        }
    }

    /** An uploaded document as a download serves it: its name, type and size, and its content. */
    public record DocumentDownload(StrategyLink link, InputStream content) {
    }

    /** The document's metadata and content, read with one look at the strategy; the download is audited. */
    public DocumentDownload download(StrategyId id, UUID linkId, Viewer viewer) {
        StrategyLink link = document(id, linkId, viewer);
        InputStream content = files.read(link.id());
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("strategy", id.value());
        what.put("fileName", link.fileName());
        what.put("contentType", link.contentType());
        events.publishEvent(AuditEvent.download("strategy_link", link.id(), what));
        return new DocumentDownload(link, content);
    }

    /**
     * Why the text of some uploaded documents could not be read, by document: shown next to each, so the
     * uploader knows the search does not cover it ("tekst kunne ikke udtrækkes: …"). For a strategy the
     * caller has read for its viewer ({@link StrategyReadModels#strategy}), so that it is not loaded twice.
     */
    Map<UUID, String> extractionNotesOf(Strategy strategy) {
        Map<UUID, String> notes = new LinkedHashMap<>();
        texts.ofStrategy(strategy.id().value()).values().stream().filter(t -> !t.ok() && t.note() != null)
                .forEach(t -> notes.put(t.linkId(), t.note()));
        return notes;
    }

    public StrategyLink document(StrategyId id, UUID linkId, Viewer viewer) {
        return get(id, viewer).link(linkId).filter(StrategyLink::isFile)
                .orElseThrow(() -> new NotFoundException("document", linkId));
    }

    private void checkReferences(StrategyId self, StrategyDetails details) {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<OrganisationId> orgs = new HashSet<>(details.partnerIds());
        orgs.add(details.ownerId());
        Set<OrganisationId> known = organisations.byIds(orgs).keySet();
        if (!known.contains(details.ownerId())) {
            errors.put("ownerId", "no such organisation");
        }
        if (!known.containsAll(details.partnerIds())) {
            errors.put("partnerIds", "contains an unknown organisation");
        }
        for (StrategyDetails.RelationInput relation : details.relations()) {
            if (relation.target().equals(self)) {
                errors.put("relations", "a strategy cannot relate to itself");
            } else if (!repository.existsById(relation.target().value())) {
                errors.put("relations", "refers to an unknown strategy");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static Set<UUID> fileIds(Strategy strategy) {
        Set<UUID> ids = new HashSet<>();
        strategy.links().stream().filter(StrategyLink::isFile).forEach(l -> ids.add(l.id()));
        return ids;
    }

    private static String safeName(String fileName) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_");
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    private static void afterRollback(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}
