package dk.pejling.initiative;

import dk.pejling.initiative.store.ReportingRoundRepository;
import dk.pejling.initiative.store.RoundQueries;
import dk.pejling.initiative.store.StatusReportRepository;
import dk.pejling.initiative.store.StatusSchemes;
import dk.pejling.organisation.OrganisationId;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.VersionConflictException;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening, approving and overseeing reporting rounds; coordinators run them. */
@Service
@Transactional(readOnly = true)
public class ReportingRoundService {

    private final ReportingRoundRepository rounds;
    private final StatusReportRepository reports;
    private final RoundQueries queries;
    private final StatusSchemes schemes;
    private final InitiativeService initiatives;
    private final StrategyService strategies;
    private final OrganisationService organisations;
    private final dk.pejling.shared.ColumnLimits limits;
    private final InitiativePermissions permissions;
    private final Clock clock;

    ReportingRoundService(ReportingRoundRepository rounds, StatusReportRepository reports, RoundQueries queries,
                          StatusSchemes schemes, InitiativeService initiatives, StrategyService strategies,
                          OrganisationService organisations, dk.pejling.shared.ColumnLimits limits,
                          InitiativePermissions permissions, Clock clock) {
        this.permissions = permissions;
        this.limits = limits;
        this.rounds = rounds;
        this.reports = reports;
        this.queries = queries;
        this.schemes = schemes;
        this.initiatives = initiatives;
        this.strategies = strategies;
        this.organisations = organisations;
        this.clock = clock;
    }

    public ReportingRound get(UUID id, Viewer viewer) {
        // The strategy is looked up for a missing round too (by an id that matches nothing): a missing and
        // a hidden round take the same two small queries.
        ReportingRound round = rounds.findById(id).orElse(null);
        boolean visible = strategies.isVisible(new StrategyId(round == null ? InitiativeService.NO_ROW : round.strategyId()), viewer);
        if (round == null || !visible) {
            throw new NotFoundException("reporting round", id);
        }
        return round;
    }

    public List<ReportingRound> ofStrategy(StrategyId strategy, Viewer viewer) {
        return ofStrategy(strategies.get(strategy, viewer), viewer);
    }

    /** The same for a strategy the caller has read for the viewer, so that it is not loaded again. */
    public List<ReportingRound> ofStrategy(Strategy strategy, Viewer viewer) {
        UUID id = strategy.id().value();
        if (!viewer.canSee(strategy.visibility(), id)) {
            throw new NotFoundException("strategy", id);
        }
        return rounds.findByStrategy(id);
    }

    /**
     * How many initiatives the round asks about, as this viewer may know: the stored count includes
     * internal initiatives, which a viewer who may not read them must not be able to count.
     */
    public int initiativeCount(ReportingRound round, Viewer viewer) {
        return viewer.readsInternal(round.strategyId()) ? round.initiativeCount()
                : (int) queries.total(round.id(), false, null, null);
    }

    public boolean includes(ReportingRound round, UUID initiativeId) {
        return queries.includes(round.id(), initiativeId);
    }

    public List<StatusOption> scheme(StrategyId strategy) {
        return schemes.of(strategy.value());
    }

    @Transactional
    public void defineScheme(StrategyId strategy, List<StatusOption> options, Viewer viewer) {
        strategies.get(strategy, viewer);
        permissions.requireCoordinate(strategy.value(), viewer);
        if (options == null || options.contains(null)) {
            throw new InvalidInputException("options", "give at least one status, each with its own code");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < options.size(); i++) {
            StatusOption o = options.get(i);
            // The labels as long as their columns allow (the schema is the limit: ColumnLimits).
            limits.check("initiative_status_option", "label_da", "options[" + i + "].labelDa", o.labelDa(), errors);
            limits.check("initiative_status_option", "label_en", "options[" + i + "].labelEn", o.labelEn(), errors);
            limits.check("initiative_status_option", "icon", "options[" + i + "].icon", o.icon(), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (options.isEmpty() || options.stream().map(StatusOption::code).distinct().count() != options.size()) {
            throw new InvalidInputException("options", "give at least one status, each with its own code");
        }
        // A code that reports use stays: removing it would leave reports with a status nobody can read.
        Set<String> kept = new java.util.HashSet<>();
        options.forEach(o -> kept.add(o.code()));
        List<String> removed = schemes.of(strategy.value()).stream().map(StatusOption::code)
                .filter(c -> !kept.contains(c)).toList();
        List<StatusCodeUse> uses = schemes.usesOf(strategy.value(), removed);
        if (!uses.isEmpty()) {
            throw new StatusCodesInUseException(uses);
        }
        schemes.replace(strategy.value(), options);
    }

    /** Opens a round over every initiative of the strategy as it stands today. */
    @Transactional
    public ReportingRound open(StrategyId strategy, String title, LocalDate asOf, LocalDate dueDate, Viewer viewer) {
        strategies.get(strategy, viewer);
        permissions.requireCoordinate(strategy.value(), viewer);
        List<UUID> members = initiatives.ofStrategy(strategy, viewer).stream().map(i -> i.id().value()).toList();
        ReportingRound round = rounds.save(ReportingRound.open(strategy.value(), title, asOf, dueDate, members,
                viewer.name(), clock.instant()));
        queries.addMembers(round.id(), members);
        return round;
    }

    /**
     * Locks the round; from then on a status changes only by a correction with a reason. With
     * initiatives missing, only when the coordinator confirmed ({@code lockWithMissing}).
     */
    @Transactional
    public ReportingRound approve(UUID id, long expectedVersion, boolean lockWithMissing, Viewer viewer) {
        ReportingRound round = get(id, viewer);
        permissions.requireCoordinate(round.strategyId(), viewer);
        VersionConflictException.check("reporting round", id, expectedVersion, round.version());
        round.approve(progress(round), lockWithMissing, viewer.name(), clock.instant());
        return rounds.save(round);
    }

    /** The round's progress over all its initiatives, internal ones included (for coordinators and the rules). */
    private RoundProgress progress(ReportingRound round) {
        return RoundProgress.of(queries.overview(round.id(), true));
    }

    /** The round's progress as the viewer may see it: internal initiatives count only for those who read them. */
    public RoundProgress progress(UUID id, Viewer viewer) {
        ReportingRound round = get(id, viewer);
        return RoundProgress.of(queries.overview(id, viewer.readsInternal(round.strategyId())));
    }

    /** A round of a strategy the viewer coordinates, with its strategy's title and progress. */
    public record CoordinatedRound(ReportingRound round, String strategyTitle, RoundProgress progress) {
    }

    /**
     * The rounds of every strategy the viewer coordinates, open ones first by due date, then the
     * approved ones newest first; for an administrator the open rounds of every strategy.
     */
    public List<CoordinatedRound> coordinated(Viewer viewer) {
        if (viewer.isAnonymous()) {
            return List.of();
        }
        List<ReportingRound> found = new ArrayList<>();
        if (viewer.isAdmin()) {
            found.addAll(rounds.findOpen());
        } else {
            viewer.scope().coordinated().forEach(s -> found.addAll(rounds.findByStrategy(s)));
        }
        List<CoordinatedRound> result = new ArrayList<>();
        for (ReportingRound round : found) {
            String title = strategies.get(new StrategyId(round.strategyId()), viewer).title();
            result.add(new CoordinatedRound(round, title, progress(round)));
        }
        result.sort(java.util.Comparator.<CoordinatedRound, Boolean>comparing(r -> r.round().locked())
                .thenComparing(r -> r.round().locked() ? null : r.round().dueDate(),
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(r -> r.round().asOf(), java.util.Comparator.reverseOrder()));
        return result;
    }

    /**
     * Counts of the whole round (or of an organisation and its units) and one page of rows, in three
     * small queries whatever the round's size.
     */
    public RoundOverview overview(UUID id, RoundOverview.Filter filter, Viewer viewer) {
        ReportingRound round = get(id, viewer);
        Set<UUID> orgs = filter.organisation() == null ? null
                : organisations.unitsOf(new OrganisationId(filter.organisation()));
        List<StatusOption> options = schemes.of(round.strategyId());
        boolean internal = viewer.readsInternal(round.strategyId());
        Map<String, Long> raw = queries.counts(id, internal, orgs);
        Map<String, Long> counts = new LinkedHashMap<>();
        options.forEach(o -> counts.put(o.code(), raw.getOrDefault(o.code(), 0L)));
        raw.forEach((code, n) -> counts.putIfAbsent(code, n)); // a status no longer in the legend still counts
        counts.put(null, raw.getOrDefault(null, 0L));
        List<OverviewRow> rows = queries.rows(id, internal, orgs, filter.status(), filter.size(),
                (long) filter.page() * filter.size());
        long total = queries.total(id, internal, orgs, filter.status());
        return new RoundOverview(round, options, counts, rows, total, filter);
    }

    /** The viewer's open tasks: initiatives in open rounds they may report on, not yet reported or sent back. */
    public List<Task> tasks(Viewer viewer) {
        if (viewer.isAnonymous()) {
            return List.of();
        }
        List<Task> tasks = new ArrayList<>();
        for (ReportingRound round : rounds.findOpen()) {
            List<OverviewRow> open = queries.overview(round.id(), viewer.readsInternal(round.strategyId())).stream()
                    .filter(row -> row.state() != ReportState.SUBMITTED && row.state() != ReportState.APPROVED)
                    .toList();
            Set<UUID> ids = new java.util.HashSet<>();
            open.forEach(row -> ids.add(row.initiativeId()));
            Set<UUID> reportable = new java.util.HashSet<>();
            initiatives.byIds(ids).stream().filter(i -> permissions.mayReport(i, viewer))
                    .forEach(i -> reportable.add(i.id().value()));
            open.stream().filter(row -> reportable.contains(row.initiativeId())).forEach(row -> tasks.add(new Task(round, row)));
        }
        return tasks;
    }

    public record Task(ReportingRound round, OverviewRow initiative) {
        public String link() {
            return "/runder/" + round.id() + "/indsatser/" + initiative.initiativeId();
        }
    }

}
