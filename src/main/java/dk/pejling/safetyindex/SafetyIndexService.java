package dk.pejling.safetyindex;

import dk.pejling.safetyindex.store.SafetyIndexStore;
import dk.pejling.safetyindex.store.SafetyIndexStore.Sourced;
import dk.pejling.safetyindex.store.SurveyStore;
import dk.pejling.safetyindex.store.ValueStore;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.Viewer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of the safety index: areas, method versions, computing and publishing the values of
 * a period, reading them, and replaying one. Editors and administrators change; everyone reads the
 * values of a public index; the values of an internal index are for signed-in users. Respondent
 * answers never leave this service: only the computed aggregates do.
 */
@Service
public class SafetyIndexService {

    private final SafetyIndexStore store;
    private final SurveyStore surveys;
    private final ValueStore values;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SafetyIndexPermissions permissions;

    SafetyIndexService(SafetyIndexStore store, SurveyStore surveys, ValueStore values, ApplicationEventPublisher events,
                       Clock clock, SafetyIndexPermissions permissions) {
        this.permissions = permissions;
        this.store = store;
        this.surveys = surveys;
        this.values = values;
        this.events = events;
        this.clock = clock;
    }

    public AreaTree areas() {
        return new AreaTree(store.areas());
    }

    @Transactional
    public void saveAreas(List<Area> areas, Viewer viewer) {
        permissions.requireMaintainIndex(viewer);
        List<Area> all = new ArrayList<>(store.areas().stream().filter(a -> areas.stream().noneMatch(n -> n.code().equals(a.code()))).toList());
        all.addAll(areas);
        AreaTree tree = new AreaTree(all); // checks parents and cycles before anything is written
        Set<String> saved = new HashSet<>(store.areas().stream().map(Area::code).toList());
        List<Area> pending = new ArrayList<>(areas);
        while (!pending.isEmpty()) {
            Area next = pending.stream().filter(a -> a.parent() == null || saved.contains(a.parent())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("parent", "the areas' parents form a cycle"));
            store.saveArea(next);
            saved.add(next.code());
            pending.remove(next);
        }
        tree.all();
    }

    /** Saves a survey wave with its respondents (generated or read by a caller that checked them). */
    @Transactional
    public void saveWave(SurveyWave wave, List<IndexInputs.Respondent> respondents, Viewer viewer) {
        permissions.requireMaintainIndex(viewer);
        AreaTree tree = areas();
        respondents.stream().filter(r -> !tree.contains(r.area())).findFirst().ifPresent(r -> {
            throw new InvalidInputException("area", "there is no area with the code " + r.area());
        });
        surveys.insertWave(wave);
        surveys.insertRespondents(wave.id(), respondents);
    }

    /** Saves a published share (where only aggregates exist), with its source. */
    @Transactional
    public void saveShare(IndexInputs.ShareAggregate share, Viewer viewer) {
        permissions.requireMaintainIndex(viewer);
        if (!areas().contains(share.area())) {
            throw new InvalidInputException("area", "there is no area with the code " + share.area());
        }
        store.saveShare(share, SyntheticLabel.marks(share.source()));
    }

    /** Method versions the viewer may see: those of a public index for everyone, all for signed-in users. */
    public List<MethodVersion> methods(Viewer viewer) {
        return store.methods().stream().filter(m -> m.publicIndex() || !viewer.isAnonymous()).toList();
    }

    public MethodVersion method(String version, Viewer viewer) {
        return store.method(version).filter(m -> m.publicIndex() || !viewer.isAnonymous())
                .orElseThrow(() -> new NotFoundException("Method version", version));
    }

    /**
     * Creates a method version from its document, or replaces the document of a version that no
     * value uses yet; a version in use is immutable ({@link MethodInUseException}).
     */
    @Transactional
    public MethodVersion saveMethod(String document, boolean publicIndex, Viewer viewer) {
        permissions.requireMaintainIndex(viewer);
        MethodDocument parsed = MethodCodec.parse(document);
        Optional<MethodVersion> existing = store.method(parsed.version());
        MethodVersion version = new MethodVersion(existing.map(MethodVersion::id).orElseGet(UUID::randomUUID),
                parsed.version(), parsed.title(), document, parsed, MethodCodec.sha256(parsed), publicIndex,
                existing.map(MethodVersion::createdAt).orElseGet(clock::instant));
        if (existing.isPresent()) {
            if (store.methodInUse(existing.get().id())) {
                throw new MethodInUseException(parsed.version());
            }
            store.replaceMethodDocument(version);
        } else {
            store.insertMethod(version, viewer.userId());
        }
        return version;
    }

    /**
     * Computes and publishes the values of every area for one period by one method version. Areas are
     * ranked among areas of their own kind (boligområder with boligområder), so each kind is one run.
     */
    @Transactional
    public List<StoredValue> compute(String methodVersion, Period period, Viewer viewer) {
        permissions.requireMaintainIndex(viewer);
        MethodVersion method = store.method(methodVersion).orElseThrow(() -> new NotFoundException("Method version", methodVersion));
        List<StoredValue> computed = computeAll(method, period);
        values.replace(method.id(), period, computed);
        events.publishEvent(new SafetyIndexPublished(method.version(), period.toString(),
                computed.stream().map(StoredValue::area).toList()));
        return computed;
    }

    /** The values the viewer may see, filtered by area, period and method version (each optional). */
    public List<StoredValue> values(String area, Period period, String methodVersion, Viewer viewer) {
        return values.find(area, period, methodVersion).stream().filter(v -> visible(v, viewer)).toList();
    }

    public StoredValue value(UUID id, Viewer viewer) {
        return values.find(id).filter(v -> visible(v, viewer)).orElseThrow(() -> new NotFoundException("Value", id));
    }

    /** Recomputes a stored value from the stored inputs and its method document; answers the recomputed value. */
    @Transactional(readOnly = true)
    public Replay replay(UUID id, Viewer viewer) {
        StoredValue stored = value(id, viewer);
        MethodVersion method = store.method(stored.methodId()).orElseThrow();
        List<String> sameRun = values.find(null, stored.period(), method.version()).stream()
                .map(StoredValue::area).toList();
        Area area = areas().find(stored.area()).orElseThrow();
        List<String> kindAreas = areas().all().stream().filter(a -> a.kind() == area.kind() && sameRun.contains(a.code()))
                .map(Area::code).toList();
        StoredValue again = run(method, stored.period(), kindAreas).stream().filter(v -> v.area().equals(stored.area()))
                .findFirst().orElseThrow();
        return new Replay(stored, again, stored.sameAs(again));
    }

    public record Replay(StoredValue stored, StoredValue recomputed, boolean identical) {
    }

    /** The paired change of an area's index between two computed periods of one method. */
    @Transactional(readOnly = true)
    public Optional<Change> change(String area, String methodVersion, Period from, Period to, Viewer viewer) {
        return change(area, methodVersion, from, to, IndicatorFeed.INDEX, viewer);
    }

    /**
     * The paired change of an area's index ({@code "index"}) or of one of its indicators ({@code "ind:<key>"})
     * between two periods of one method; empty when either value is missing or hidden.
     */
    @Transactional(readOnly = true)
    public Optional<Change> change(String area, String methodVersion, Period from, Period to, String component, Viewer viewer) {
        MethodVersion method = method(methodVersion, viewer);
        Area a = areas().find(area).orElseThrow(() -> new NotFoundException("Area", area));
        List<String> kind = areas().all().stream().filter(x -> x.kind() == a.kind()).map(Area::code).toList();
        IndexResult before = IndexCalculator.compute(method.method(), inputs(from, kind).inputs(), from, kind);
        IndexResult after = IndexCalculator.compute(method.method(), inputs(to, kind).inputs(), to, kind);
        if (component == null || component.equals(IndicatorFeed.INDEX)) {
            return Change.between(before, after, area);
        }
        if (!component.startsWith(IndicatorFeed.INDICATOR)) {
            throw new InvalidInputException("component", "a change is computed for the index or an indicator (ind:<key>)");
        }
        return Change.ofIndicator(method.method(), before, after, area, component.substring(4));
    }

    /** Whether an area's inputs of a period include generated (SYNTETISK) data. */
    @Transactional(readOnly = true)
    public boolean synthetic(String area, Period period) {
        return inputs(period, List.of(area)).synthetic().contains(area);
    }

    /** The sensitivity analysis of one period, among the areas of one kind. */
    @Transactional(readOnly = true)
    public Sensitivity.Result sensitivity(String methodVersion, Period period, Area.Kind kind, Viewer viewer) {
        MethodVersion method = method(methodVersion, viewer);
        List<String> codes = areas().all().stream().filter(a -> a.kind() == kind).map(Area::code).toList();
        return Sensitivity.run(method.method(), inputs(period, codes).inputs(), period, codes);
    }

    List<StoredValue> computeAll(MethodVersion method, Period period) {
        Map<Area.Kind, List<String>> byKind = new LinkedHashMap<>();
        areas().all().forEach(a -> byKind.computeIfAbsent(a.kind(), k -> new ArrayList<>()).add(a.code()));
        List<StoredValue> all = new ArrayList<>();
        byKind.values().forEach(codes -> all.addAll(run(method, period, codes)));
        return all;
    }

    private List<StoredValue> run(MethodVersion method, Period period, List<String> codes) {
        LoadedInputs loaded = inputs(period, codes);
        IndexResult result = IndexCalculator.compute(method.method(), loaded.inputs(), period, codes);
        return result.areas().stream().map(a -> StoredValue.of(idFor(method, period, a.area()), method, period, a,
                loaded.synthetic().contains(a.area()), clock.instant())).toList();
    }

    /** The same id for the same method, period and area, so a recomputation keeps the value's address. */
    private static UUID idFor(MethodVersion method, Period period, String area) {
        return UUID.nameUUIDFromBytes((method.id() + "|" + period + "|" + area).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    record LoadedInputs(IndexInputs inputs, Set<String> synthetic) {
    }

    /** The stored inputs of one period, and the areas whose inputs include generated (SYNTETISK) data. */
    LoadedInputs inputs(Period period, List<String> areas) {
        SurveyStore.PeriodAnswers answers = surveys.answers(period);
        Set<String> synthetic = new HashSet<>(answers.syntheticAreas());
        List<Sourced<IndexInputs.ShareAggregate>> shares = store.shares(period);
        List<Sourced<IndexInputs.CrimeCount>> crimes = store.crimes(period.fourQuartersEnding());
        List<Sourced<IndexInputs.Population>> population = store.population();
        shares.stream().filter(Sourced::synthetic).forEach(s -> synthetic.add(s.row().area()));
        crimes.stream().filter(Sourced::synthetic).forEach(s -> synthetic.add(s.row().area()));
        population.stream().filter(s -> s.synthetic() && s.row().period().equals(period)).forEach(s -> synthetic.add(s.row().area()));
        synthetic.retainAll(areas);
        return new LoadedInputs(new IndexInputs(answers.items(), answers.respondents(), shares.stream().map(Sourced::row).toList(),
                crimes.stream().map(Sourced::row).toList(), population.stream().map(Sourced::row).toList()), synthetic);
    }

    private static boolean visible(StoredValue v, Viewer viewer) {
        return v.publicIndex() || !viewer.isAnonymous();
    }
}
