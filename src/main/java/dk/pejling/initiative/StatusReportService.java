package dk.pejling.initiative;

import dk.pejling.indicator.IndicatorId;
import dk.pejling.indicator.IndicatorService;
import dk.pejling.indicator.MeasurementInput;
import dk.pejling.indicator.MeasurementService;
import dk.pejling.initiative.store.ReportingRoundRepository;
import dk.pejling.initiative.store.RevisionRepository;
import dk.pejling.initiative.store.StatusReportRepository;
import dk.pejling.initiative.store.StatusSchemes;
import dk.pejling.shared.ForbiddenException;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.VersionConflictException;
import dk.pejling.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owners submit statuses; coordinators approve or send back; after a round is approved a status
 * changes only by a correction with a reason. Every step is kept as a revision.
 */
@Service
@Transactional(readOnly = true)
public class StatusReportService {

    private final StatusReportRepository reports;
    private final RevisionRepository revisions;
    private final ReportingRoundRepository rounds;
    private final ReportingRoundService roundService;
    private final StatusSchemes schemes;
    private final InitiativeService initiatives;
    private final IndicatorService indicators;
    private final MeasurementService measurements;
    private final InitiativePermissions permissions;
    private final Clock clock;

    StatusReportService(StatusReportRepository reports, RevisionRepository revisions, ReportingRoundRepository rounds,
                        ReportingRoundService roundService, StatusSchemes schemes, InitiativeService initiatives,
                        IndicatorService indicators, MeasurementService measurements, InitiativePermissions permissions,
                        Clock clock) {
        this.permissions = permissions;
        this.indicators = indicators;
        this.measurements = measurements;
        this.reports = reports;
        this.revisions = revisions;
        this.rounds = rounds;
        this.roundService = roundService;
        this.schemes = schemes;
        this.initiatives = initiatives;
        this.clock = clock;
    }

    /**
     * Submits (or resubmits) an owner's status. {@code expectedVersion} is the version of the report
     * the owner last saw, null for the first report; a stale one is a conflict, never a silent overwrite.
     */
    @Transactional
    public StatusReport submit(UUID roundId, InitiativeId initiativeId, StatusInput input, Long expectedVersion, Viewer viewer) {
        return submit(roundId, initiativeId, input, expectedVersion, List.of(), viewer);
    }

    /** A value for one of the initiative's indicators, reported together with the status. */
    public record NewValue(IndicatorId indicator, MeasurementInput input) {
    }

    /**
     * Submits a status and, in the same transaction, new values for indicators that serve the
     * initiative's goals: either everything is saved or nothing is.
     */
    @Transactional
    public StatusReport submit(UUID roundId, InitiativeId initiativeId, StatusInput input, Long expectedVersion,
                               List<NewValue> values, Viewer viewer) {
        ReportingRound round = roundService.get(roundId, viewer);
        Initiative initiative = initiatives.get(initiativeId, viewer);
        if (!roundService.includes(round, initiativeId.value())) {
            throw new InvalidInputException("initiativeId", "the initiative is not part of this round");
        }
        permissions.requireReport(initiative, viewer);
        rounds.lock(roundId); // approval and submissions of one round never interleave
        ReportingRound current = rounds.findById(roundId).orElseThrow(() -> new NotFoundException("reporting round", roundId));
        List<StatusOption> legend = schemes.of(current.strategyId());
        Instant now = clock.instant();
        StatusReport report = reports.findFor(roundId, initiativeId.value()).orElse(null);
        StatusReportRevision revision;
        if (report == null) {
            if (expectedVersion != null) {
                throw new VersionConflictException("status report", initiativeId.value(), -1);
            }
            StatusReport.Submitted first = StatusReport.first(current, initiativeId.value(), input, legend, viewer.name(), now);
            report = first.report();
            revision = first.revision();
        } else {
            VersionConflictException.check("status report", report.id(), expectedVersion, report.version());
            revision = report.resubmit(current, input, legend, viewer.name(), now);
        }
        StatusReport saved = reports.save(report);
        revisions.save(revision);
        addValues(initiative, values, viewer);
        return saved;
    }

    private void addValues(Initiative initiative, List<NewValue> values, Viewer viewer) {
        if (values.isEmpty()) {
            return;
        }
        java.util.Set<UUID> allowed = new java.util.HashSet<>();
        indicators.forGoals(initiative.goalIds(), viewer).forEach(i -> allowed.add(i.id().value()));
        for (int i = 0; i < values.size(); i++) {
            NewValue value = values.get(i);
            if (!allowed.contains(value.indicator().value())) {
                throw new InvalidInputException("measurements[" + i + "].indicatorId",
                        "the indicator does not serve a goal of this initiative");
            }
            try {
                measurements.add(value.indicator(), value.input(), viewer);
            } catch (InvalidInputException e) {
                int index = i;
                java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
                e.fieldErrors().forEach((k, v) -> errors.put("measurements[" + index + "]." + k, v));
                throw new InvalidInputException(errors);
            }
        }
    }

    /** The coordinator approves a report or sends it back with a comment. */
    @Transactional
    public StatusReport review(UUID reportId, long expectedVersion, boolean approve, String comment, Viewer viewer) {
        StatusReport report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("status report", reportId));
        ReportingRound round = roundService.get(report.roundId(), viewer);
        permissions.requireCoordinate(round.strategyId(), viewer);
        VersionConflictException.check("status report", reportId, expectedVersion, report.version());
        StatusReportRevision revision = report.review(round, approve, comment, viewer.name(), clock.instant());
        StatusReport saved = reports.save(report);
        revisions.save(revision);
        return saved;
    }

    /**
     * Approves several submitted reports of one round at once, each at the version the coordinator
     * saw: all or nothing, so a report changed meanwhile (409) or not waiting any more (400) leaves
     * every report as it was.
     */
    @Transactional
    public int approveAll(UUID roundId, java.util.Map<UUID, Long> versions, Viewer viewer) {
        ReportingRound round = roundService.get(roundId, viewer);
        permissions.requireCoordinate(round.strategyId(), viewer);
        if (versions.isEmpty()) {
            throw new InvalidInputException("reports", "choose at least one report");
        }
        for (var entry : versions.entrySet()) {
            StatusReport report = reports.findById(entry.getKey())
                    .filter(r -> r.roundId().equals(roundId))
                    .orElseThrow(() -> new NotFoundException("status report", entry.getKey()));
            review(report.id(), entry.getValue(), true, null, viewer);
        }
        return versions.size();
    }

    /** Changes an approved round's report as a new version, with the reason kept in the history. */
    @Transactional
    public StatusReport correct(UUID reportId, long expectedVersion, StatusInput input, String reason, Viewer viewer) {
        StatusReport report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("status report", reportId));
        ReportingRound round = roundService.get(report.roundId(), viewer);
        permissions.requireCoordinate(round.strategyId(), viewer);
        VersionConflictException.check("status report", reportId, expectedVersion, report.version());
        StatusReportRevision revision = report.correct(round, input, schemes.of(round.strategyId()), reason,
                viewer.name(), clock.instant());
        StatusReport saved = reports.save(report);
        revisions.save(revision);
        return saved;
    }

    public StatusReport get(UUID roundId, InitiativeId initiativeId, Viewer viewer) {
        roundService.get(roundId, viewer);
        initiatives.get(initiativeId, viewer);
        return reports.findFor(roundId, initiativeId.value()).orElse(null);
    }

    public List<StatusReportRevision> history(UUID reportId, Viewer viewer) {
        // A missing report still looks its round up (by an id that matches nothing): a missing and a hidden
        // report take the same queries before the 404.
        StatusReport report = reports.findById(reportId).orElse(null);
        try {
            roundService.get(report == null ? InitiativeService.NO_ROW : report.roundId(), viewer);
        } catch (NotFoundException e) {
            throw new NotFoundException("status report", reportId);
        }
        if (report == null) {
            throw new NotFoundException("status report", reportId);
        }
        initiatives.get(new InitiativeId(report.initiativeId()), viewer);
        return revisions.findByReport(reportId);
    }

    /** How an initiative's status moved across rounds, oldest first. */
    public List<RoundStatus> acrossRounds(InitiativeId initiativeId, Viewer viewer) {
        Initiative initiative = initiatives.get(initiativeId, viewer);
        List<RoundStatus> result = new ArrayList<>();
        for (StatusReport report : reports.findByInitiative(initiativeId.value())) {
            ReportingRound round = roundService.get(report.roundId(), viewer);
            result.add(new RoundStatus(round, report, shownOption(round, report.statusCode())));
        }
        result.sort(Comparator.comparing(r -> r.round().asOf()));
        return result;
    }

    public record RoundStatus(ReportingRound round, StatusReport report, StatusOption option) {
    }

    /** For reading: a code the legend no longer has is shown as retired, never refused. */
    private StatusOption shownOption(ReportingRound round, String code) {
        return schemes.of(round.strategyId()).stream().filter(o -> o.code().equals(code)).findFirst()
                .orElseGet(() -> StatusOption.retired(code));
    }
}
