package dk.pejling.proceedings;

import dk.pejling.instance.InstanceId;
import dk.pejling.proceedings.store.MinutesImportRepository;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.VersionConflictException;
import dk.pejling.shared.Viewer;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The minutes importer: reads a document into a draft for review (synchronously for the API, in
 * the background with progress for the pages), and saves the draft as proceedings when confirmed.
 * A draft is not a proceeding: it appears nowhere until confirmed.
 */
@Service
public class MinutesImportService {

    private static final Logger log = LoggerFactory.getLogger(MinutesImportService.class);
    static final String INTERRUPTED = "reading was interrupted by a restart; upload the file again";

    private final MinutesImportRepository drafts;
    private final MinutesRecorder recorder;
    private final BodyChoices bodies;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final InstanceId instance;
    /** A draft READING longer than this is taken for one its instance will never finish, by any instance. */
    private final Duration readingLease;
    private final MinutesParser parser = new MinutesParser();
    /** Pages read so far of drafts being read; lost on restart, which only loses the progress bar. */
    private final Map<UUID, int[]> progress = new ConcurrentHashMap<>();
    /** One document at a time: reading a long PDF takes memory and a core, and the machine has few. */
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "minutes-import");
        t.setDaemon(true);
        return t;
    });
    private final ProceedingsPermissions permissions;

    MinutesImportService(MinutesImportRepository drafts, MinutesRecorder recorder, BodyChoices bodies, JsonMapper json,
                         TransactionTemplate transaction, Clock clock, InstanceId instance,
                         @Value("${pejling.imports.minutes-reading-lease:PT30M}") Duration readingLease,
                         ProceedingsPermissions permissions) {
        this.permissions = permissions;
        this.drafts = drafts;
        this.recorder = recorder;
        this.bodies = bodies;
        this.json = json;
        this.transaction = transaction;
        this.clock = clock;
        this.instance = instance;
        this.readingLease = readingLease;
    }

    @PreDestroy
    void stop() {
        reader.shutdownNow();
    }

    /** A draft for review; {@code version} is what a correction or the confirmation must name (else 409). */
    public record Draft(UUID id, MinutesImport.State state, String fileName, MinutesPreview preview, String error,
                        UUID meetingId, long version) {

        public ParsedMinutes minutes() {
            return preview == null ? null : preview.minutes();
        }
    }

    /** How far the reading of a draft has come. */
    public record Progress(MinutesImport.State state, int pagesDone, int pages) {
    }

    /** Reads the document now and keeps the draft; saves no proceeding. */
    public Draft preview(byte[] content, String fileName, Viewer viewer) {
        permissions.requireKeepProceedings(viewer);
        MinutesPreview preview = readPreview(content, (done, all) -> { });
        MinutesImport draft = MinutesImport.start(viewer.name(), name(fileName), null, clock.instant());
        draft.ready(json.writeValueAsString(preview), clock.instant());
        return draft(drafts.save(draft));
    }

    /** Parses text the caller already holds, without keeping anything (benchmarks, tests). */
    public ParsedMinutes read(byte[] content, java.util.function.BiConsumer<Integer, Integer> onPage) {
        return readPreview(content, onPage).minutes();
    }

    private MinutesPreview readPreview(byte[] content, java.util.function.BiConsumer<Integer, Integer> onPage) {
        MinutesParser.Reading reading = parser.read(MinutesText.extract(content, onPage));
        if (reading.minutes().items().isEmpty()) {
            throw new InvalidInputException("file", "no agenda item was found in the file");
        }
        return MinutesPreview.read(reading);
    }

    /** Starts reading in the background; {@link #progress} tells how far it has come. */
    public UUID start(byte[] content, String fileName, Viewer viewer) {
        permissions.requireKeepProceedings(viewer);
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "choose a file to upload");
        }
        MinutesImport draft = MinutesImport.start(viewer.name(), name(fileName), instance.value(), clock.instant());
        UUID id = draft.id();
        progress.put(id, new int[] {0, 0}); // before the row exists, so the start-up check never takes it for an orphan
        drafts.save(draft);
        reader.submit(() -> {
            try {
                MinutesPreview read = readPreview(content, (done, all) -> progress.put(id, new int[] {done, all}));
                String preview = json.writeValueAsString(read);
                transaction.executeWithoutResult(s -> drafts.findById(id).ifPresent(d -> {
                    d.ready(preview, clock.instant());
                    drafts.save(d);
                }));
            } catch (InvalidInputException e) {
                fail(id, e.fieldErrors().values().iterator().next());
            } catch (RuntimeException e) {
                log.warn("Reading minutes {} failed", id, e);
                fail(id, "the file could not be read as PDF, DOCX or text");
            } finally {
                progress.remove(id);
            }
        });
        return id;
    }

    /**
     * A draft left {@code READING} by a server that stopped while reading it would stay so for ever: the
     * document was held only in memory, so it cannot be resumed. At start-up this instance fails the drafts
     * it was reading itself (the draft names its reader, {@code PEJLING_INSTANCE_ID}) with a message that asks
     * for the file again. Another instance's drafts are left alone, as that instance may be reading them right
     * now, until they are older than the reading lease ({@link #failAbandonedReads}).
     *
     * @return how many drafts were failed
     */
    @EventListener(ApplicationReadyEvent.class)
    public int failInterruptedReads() {
        Instant leaseStart = clock.instant().minus(readingLease);
        return failReading(d -> !progress.containsKey(d.id())
                && (instance.value().equals(d.readBy()) || d.createdAt().isBefore(leaseStart)));
    }

    /**
     * Fails the drafts whose reader has not finished within the lease: their instance stopped and was not
     * started again under its name (or never will be). One instance per tick.
     */
    @Scheduled(fixedDelayString = "${pejling.imports.minutes-reading-check:PT5M}",
            initialDelayString = "${pejling.imports.minutes-reading-check:PT5M}")
    @SchedulerLock(name = "minutes-import-abandoned-reads", lockAtMostFor = "PT5M")
    public int failAbandonedReads() {
        Instant leaseStart = clock.instant().minus(readingLease);
        return failReading(d -> d.createdAt().isBefore(leaseStart) && !progress.containsKey(d.id()));
    }

    private int failReading(java.util.function.Predicate<MinutesImport> interrupted) {
        int failed = 0;
        for (MinutesImport draft : drafts.findReading()) {
            if (interrupted.test(draft)) {
                fail(draft.id(), INTERRUPTED);
                failed++;
            }
        }
        if (failed > 0) {
            log.info("{} minutes import(s) were being read when their server stopped; marked failed", failed);
        }
        return failed;
    }

    private void fail(UUID id, String message) {
        transaction.executeWithoutResult(s -> drafts.findById(id).ifPresent(d -> {
            d.failed(message, clock.instant());
            drafts.save(d);
        }));
    }

    public Progress progress(UUID id, Viewer viewer) {
        MinutesImport draft = find(id, viewer);
        int[] p = progress.getOrDefault(id, new int[] {0, 0});
        return new Progress(draft.state(), p[0], p[1]);
    }

    public Draft get(UUID id, Viewer viewer) {
        return draft(find(id, viewer));
    }

    /**
     * Saves the draft as a meeting with its items. {@code committee} replaces the committee the
     * importer read (or supplies it when it found none); {@code links} maps item numbers to what they concern.
     */
    public Recorded confirm(UUID id, String committee, UUID bodyOrganisationId,
                            Map<String, Set<ItemLink>> links, Viewer viewer) {
        return confirm(id, null, committee, null, bodyOrganisationId, links, viewer);
    }

    /**
     * Saves the draft as a meeting with its items. Every value confirm needs (date, committee, body) is one the
     * preview shows and lets the person set; given here, it overrides the preview, left null it is the preview's.
     * {@code version}, when given, must be the draft's (else 409).
     */
    public Recorded confirm(UUID id, Long version, String committee, java.time.LocalDate date,
                            UUID bodyOrganisationId, Map<String, Set<ItemLink>> links, Viewer viewer) {
        permissions.requireKeepProceedings(viewer);
        return transaction.execute(s -> {
            MinutesImport draft = find(id, viewer);
            if (version != null) {
                VersionConflictException.check("import", id, version, draft.version());
            }
            draft.requireReady(); // before the preview is read: a draft still being read has none
            MinutesPreview preview = parse(draft.preview());
            ParsedMinutes minutes = preview.minutes();
            if (committee != null && !committee.isBlank() || date != null) {
                minutes = preview.withMeeting(date, committee != null && !committee.isBlank() ? committee
                        : minutes.meeting().committee() == null ? "" : minutes.meeting().committee(), null).minutes();
            }
            UUID body = bodyOrganisationId != null ? bodyOrganisationId : preview.bodyOrganisationId();
            Recorded recorded = recorder.record(minutes, body, draft.fileName(),
                    links == null ? Map.of() : links, viewer);
            draft.confirmed(recorded.meeting().id(), clock.instant());
            drafts.save(draft);
            return recorded;
        });
    }

    // ---------------------------------------------------------------- corrections in the preview

    /** Sets or corrects the meeting's date, committee and body (the organisation that is the municipality). */
    public Draft setMeeting(UUID id, Long version, java.time.LocalDate date, String committee, UUID bodyOrganisationId,
                            Viewer viewer) {
        if (bodyOrganisationId != null && bodies.choices().stream()
                .noneMatch(b -> b.organisationId().equals(bodyOrganisationId))) {
            return revise(id, version, viewer, p -> {
                throw new InvalidInputException("body", "no such organisation");
            });
        }
        return revise(id, version, viewer, p -> p.withMeeting(date, committee, bodyOrganisationId));
    }

    /** Corrects an item's title, case number and decision, and marks it open or closed. */
    public Draft setItem(UUID id, Long version, String number, String title, String caseNumber, String decision,
                         boolean closed, Viewer viewer) {
        return revise(id, version, viewer, p -> p.withItem(number, title, caseNumber, decision, closed));
    }

    /** Joins an item with the one after it. */
    public Draft merge(UUID id, Long version, String number, Viewer viewer) {
        return revise(id, version, viewer, p -> p.mergedWithNext(number));
    }

    /** Splits an item where the title of a missed item stands in its text. */
    public Draft split(UUID id, Long version, String number, String newNumber, String newTitle, Viewer viewer) {
        return revise(id, version, viewer, p -> p.split(number, newNumber, newTitle));
    }

    /** How far each field of the preview can be trusted. */
    public MinutesConfidence.Assessment confidence(Draft draft) {
        if (draft.preview() == null) {
            return new MinutesConfidence.Assessment(Map.of(), List.of());
        }
        return MinutesConfidence.of(draft.preview(), bodies.likelyBody(draft.minutes().meeting().committee()).isPresent());
    }

    /** The organisations a meeting can belong to, and the one the committee's name points at (if any). */
    public List<BodyChoice> bodyChoices() {
        return bodies.choices();
    }

    public java.util.Optional<UUID> likelyBody(Draft draft) {
        return draft.minutes() == null ? java.util.Optional.empty() : bodies.likelyBody(draft.minutes().meeting().committee());
    }

    private Draft revise(UUID id, Long version, Viewer viewer, java.util.function.UnaryOperator<MinutesPreview> change) {
        permissions.requireKeepProceedings(viewer);
        return transaction.execute(s -> {
            MinutesImport draft = find(id, viewer);
            if (version == null) {
                throw new InvalidInputException("version", "must be given");
            }
            VersionConflictException.check("import", id, version, draft.version());
            draft.requireReady(); // before the preview is read: a draft still being read has none
            MinutesPreview changed = change.apply(parse(draft.preview()));
            draft.revise(json.writeValueAsString(changed), clock.instant());
            return draft(drafts.save(draft));
        });
    }

    /**
     * A draft is its uploader's (and administrators'): it holds everything the document says, the content
     * of closed items included, before any committee's secretariat is known. Anyone else gets 404.
     */
    private MinutesImport find(UUID id, Viewer viewer) {
        permissions.requireKeepProceedings(viewer);
        return drafts.findById(id).filter(d -> permissions.mayOpenDraftOf(d.createdBy(), viewer))
                .orElseThrow(() -> new NotFoundException("import", id));
    }

    private Draft draft(MinutesImport d) {
        return new Draft(d.id(), d.state(), d.fileName(), d.preview() == null ? null : parse(d.preview()), d.error(),
                d.meetingId(), d.version());
    }

    /** Drafts read before the preview carried its layout and body hold the bare reading; both are read. */
    private MinutesPreview parse(String preview) {
        if (json.readTree(preview).has("minutes")) {
            return json.readValue(preview, MinutesPreview.class);
        }
        return new MinutesPreview(null, json.readValue(preview, ParsedMinutes.class), null, List.of());
    }

    private static String name(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.length() > 300 ? base.substring(0, 300) : base;
    }

}
