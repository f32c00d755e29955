package dk.pejling.initiative;

import dk.pejling.indicator.IndicatorService;
import dk.pejling.initiative.store.RevisionRepository;
import dk.pejling.initiative.store.RoundQueries;
import dk.pejling.initiative.store.StatusReportRepository;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyService;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The round pages' models, each read in one call and one read-only transaction: the page shows one
 * consistent state, and what the services already decided (the round and the initiative are visible)
 * is not looked up again for every part of the page.
 */
@Service
@Transactional(readOnly = true)
public class RoundReadModels {

    private final ReportingRoundService rounds;
    private final StatusReportService reports;
    private final InitiativeService initiatives;
    private final StrategyService strategies;
    private final OrganisationService organisations;
    private final IndicatorService indicators;
    private final InitiativePermissions permissions;
    private final RoundQueries queries;
    private final StatusReportRepository reportRows;
    private final RevisionRepository revisions;

    RoundReadModels(ReportingRoundService rounds, StatusReportService reports, InitiativeService initiatives,
                    StrategyService strategies, OrganisationService organisations, IndicatorService indicators,
                    InitiativePermissions permissions, RoundQueries queries, StatusReportRepository reportRows,
                    RevisionRepository revisions) {
        this.rounds = rounds;
        this.reports = reports;
        this.initiatives = initiatives;
        this.strategies = strategies;
        this.organisations = organisations;
        this.indicators = indicators;
        this.permissions = permissions;
        this.queries = queries;
        this.reportRows = reportRows;
        this.revisions = revisions;
    }

    /** A round as the viewer may see it: counts, one page of rows, and the whole round's progress. */
    public RoundPage roundOverview(UUID roundId, RoundOverview.Filter filter, Viewer viewer) {
        RoundOverview overview = rounds.overview(roundId, filter, viewer);
        UUID strategyId = overview.round().strategyId();
        // internal initiatives count only for those who may read them, as in the rows
        RoundProgress progress = RoundProgress.of(queries.overview(roundId, viewer.readsInternal(strategyId)));
        return new RoundPage(overview, strategies.get(new StrategyId(strategyId), viewer), organisations.all(),
                permissions.mayCoordinate(strategyId, viewer), progress);
    }

    /** One initiative's report in a round: the owner's form, the coordinator's review, and its history. */
    public ReportPage initiativeReport(UUID roundId, UUID initiativeId, Viewer viewer) {
        ReportingRound round = rounds.get(roundId, viewer);
        Initiative initiative = initiatives.get(new InitiativeId(initiativeId), viewer);
        // both are visible to the viewer now, so the report and its steps are read without asking again
        StatusReport report = reportRows.findFor(roundId, initiativeId).orElse(null);
        List<StatusReportRevision> history = report == null ? List.of() : revisions.findByReport(report.id());
        boolean coordinates = permissions.mayCoordinate(round.strategyId(), viewer);
        return new ReportPage(round, initiative, report, history, rounds.scheme(new StrategyId(round.strategyId())),
                permissions.mayReport(initiative, viewer) && !round.locked(),
                indicators.forGoals(initiative.goalIds(), viewer), coordinates, previous(round, initiative, viewer),
                coordinates && !round.locked() ? nextToReview(round, initiativeId, viewer) : null);
    }

    /** The initiative's status in the round before this one, to show beside the owner's form. */
    private StatusReportService.RoundStatus previous(ReportingRound round, Initiative initiative, Viewer viewer) {
        StatusReportService.RoundStatus previous = null;
        for (StatusReportService.RoundStatus status : reports.acrossRounds(initiative.id(), viewer)) {
            if (status.round().asOf().isBefore(round.asOf()) && !status.round().id().equals(round.id())) {
                previous = status; // oldest first, so the last one before wins
            }
        }
        return previous;
    }

    /** The next initiative of the round whose report waits for review, after this one and then from the top. */
    private UUID nextToReview(ReportingRound round, UUID current, Viewer viewer) {
        List<OverviewRow> rows = queries.overview(round.id(), viewer.readsInternal(round.strategyId()));
        int at = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).initiativeId().equals(current)) {
                at = i;
            }
        }
        for (int step = 1; step <= rows.size(); step++) {
            OverviewRow row = rows.get((at + step) % rows.size());
            if (row.state() == ReportState.SUBMITTED && !row.initiativeId().equals(current)) {
                return row.initiativeId();
            }
        }
        return null;
    }
}
