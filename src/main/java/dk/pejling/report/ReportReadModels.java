package dk.pejling.report;

import dk.pejling.organisation.OrganisationService;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.GoalService;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyService;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report pages' models, each read in one call and one read-only transaction. A report's page shows the
 * strategy beside the report: it is read once, and the report is built from that copy (with its goal forest
 * read once too), never by asking the strategy module again for each part of the report.
 */
@Service
@Transactional(readOnly = true)
public class ReportReadModels {

    private final ReportService reports;
    private final ReportTextService texts;
    private final OverviewService overviews;
    private final StrategyService strategies;
    private final GoalService goals;
    private final OrganisationService organisations;
    private final ReportPermissions permissions;

    ReportReadModels(ReportService reports, ReportTextService texts, OverviewService overviews,
                     StrategyService strategies, GoalService goals, OrganisationService organisations,
                     ReportPermissions permissions) {
        this.reports = reports;
        this.texts = texts;
        this.overviews = overviews;
        this.strategies = strategies;
        this.goals = goals;
        this.organisations = organisations;
        this.permissions = permissions;
    }

    /** A round's status report as approved at {@code asOf} (a date or instant as typed; blank: now). */
    public StatusReportPage statusReport(StrategyId strategyId, UUID roundId, String asOf, Viewer viewer) {
        java.time.Instant at = AsOf.parse(asOf);
        Strategy strategy = strategies.get(strategyId, viewer);
        return new StatusReportPage(strategy, roundId, reports.statusReport(strategy, roundId, at, viewer), asOf);
    }

    /** A strategy's annual report for the year (null: the strategy's default year) as known at {@code asOf}. */
    public AnnualReportPage annualReport(StrategyId strategyId, Integer year, String asOf, Viewer viewer) {
        java.time.Instant at = AsOf.parse(asOf);
        ReportService.requireYearIfGiven(year);
        Strategy strategy = strategies.get(strategyId, viewer);
        AnnualReportDocument report = reports.annualReport(strategy, ReportService.yearOrDefault(year, strategy), at, viewer);
        return new AnnualReportPage(strategy, report, asOf, permissions.mayWriteTexts(strategyId.value(), viewer));
    }

    /** The form for the year's texts: "not found" for whom may not see the strategy, refused for whom may not write them. */
    public ReportTextsPage reportTexts(StrategyId strategyId, int year, Viewer viewer) {
        Strategy strategy = strategies.get(strategyId, viewer);
        permissions.requireWriteTexts(strategyId.value(), viewer);
        return new ReportTextsPage(strategy, year, texts.sections(strategy, goals.tree(strategy, viewer), year));
    }

    /** "Overblik" for the year (null: the last whole year), optionally of one organisation's strategies or one theme. */
    public OverviewPage overview(Integer year, UUID organisation, String theme, Viewer viewer) {
        Overview report = overviews.overview(new OverviewQuery(year == null ? overviews.defaultYear() : year,
                organisation, theme), viewer);
        return new OverviewPage(report, organisations.all());
    }
}
