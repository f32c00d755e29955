package dk.pejling.report;

import dk.pejling.indicator.AttainmentService;
import dk.pejling.indicator.GoalAttainment;
import dk.pejling.indicator.RollupMethod;
import dk.pejling.initiative.OverviewRow;
import dk.pejling.initiative.ReportState;
import dk.pejling.initiative.ReportingRound;
import dk.pejling.initiative.ReportingRoundService;
import dk.pejling.initiative.RoundOverview;
import dk.pejling.organisation.OrganisationId;
import dk.pejling.shared.ListPage;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.GoalNode;
import dk.pejling.strategy.GoalService;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyFilter;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyService;
import dk.pejling.strategy.StrategySummary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the {@link Overview} through the other modules' public services, each called with the
 * viewer: a strategy, goal or initiative the viewer may not see is never read, so it can neither
 * appear nor be counted.
 */
@Service
public class OverviewService {

    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private final StrategyService strategies;
    private final GoalService goals;
    private final AttainmentService attainment;
    private final ReportingRoundService rounds;
    private final Clock clock;

    OverviewService(StrategyService strategies, GoalService goals, AttainmentService attainment,
                    ReportingRoundService rounds, Clock clock) {
        this.strategies = strategies;
        this.goals = goals;
        this.attainment = attainment;
        this.rounds = rounds;
        this.clock = clock;
    }

    /** The year the overview opens on: the last whole year, whose measurements are usually in. */
    public int defaultYear() {
        return LocalDate.now(clock.withZone(ZONE)).getYear() - 1;
    }

    @Transactional(readOnly = true)
    public Overview overview(OverviewQuery query, Viewer viewer) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        StrategyFilter filter = new StrategyFilter(
                query.organisation() == null ? null : new OrganisationId(query.organisation()), null, null, query.year());
        List<Overview.StrategyRow> rows = new ArrayList<>();
        TreeSet<String> themes = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Overview.Verdicts total = Overview.Verdicts.NONE;
        Overview.Verdicts totalBefore = Overview.Verdicts.NONE;
        for (StrategySummary summary : visible(filter, viewer)) {
            Strategy strategy = strategies.get(new StrategyId(summary.id()), viewer);
            themes.addAll(strategy.themes());
            if (query.theme() != null && strategy.themes().stream().noneMatch(t -> t.equalsIgnoreCase(query.theme()))) {
                continue;
            }
            // the strategy and its goals are read once for both years' verdicts and the rounds
            List<GoalNode> forest = goals.tree(strategy, viewer);
            Overview.Verdicts verdicts = verdicts(forest, query.year(), now, viewer);
            Overview.Verdicts before = verdicts(forest, query.year() - 1, now, viewer);
            total = total.plus(verdicts);
            totalBefore = totalBefore.plus(before);
            rows.add(new Overview.StrategyRow(summary.id(), summary.title(), summary.ownerName(), strategy.themes(),
                    verdicts, before, openRounds(strategy, today, viewer)));
        }
        rows.sort(Comparator.comparing(r -> r.title().toLowerCase(Locale.ROOT)));
        return new Overview(query.year(), query.organisation(), query.theme(), now, rows, total, totalBefore,
                List.copyOf(themes));
    }

    private List<StrategySummary> visible(StrategyFilter filter, Viewer viewer) {
        List<StrategySummary> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            ListPage<StrategySummary> one = strategies.list(filter, new PageQuery(null, page, PageQuery.MAX_SIZE), viewer);
            all.addAll(one.items());
            if (one.items().size() < PageQuery.MAX_SIZE || all.size() >= one.total()) {
                return all;
            }
        }
    }

    /** Every goal of the tree counts, sub-goals too: each has its own verdict. */
    private Overview.Verdicts verdicts(List<GoalNode> forest, int year, Instant now, Viewer viewer) {
        List<dk.pejling.indicator.Attainment> statuses = new ArrayList<>();
        flatten(attainment.forGoals(forest, year, RollupMethod.ALL_OR_SOME, now, viewer), statuses);
        return Overview.Verdicts.of(statuses);
    }

    private static void flatten(List<GoalAttainment> goals, List<dk.pejling.indicator.Attainment> into) {
        for (GoalAttainment goal : goals) {
            into.add(goal.status());
            flatten(goal.children(), into);
        }
    }

    private List<Overview.OpenRound> openRounds(Strategy strategy, LocalDate today, Viewer viewer) {
        List<Overview.OpenRound> open = new ArrayList<>();
        for (ReportingRound round : rounds.ofStrategy(strategy, viewer)) {
            if (round.locked()) {
                continue;
            }
            List<OverviewRow> rows = rounds.overview(round.id(), RoundOverview.Filter.everything(), viewer).rows();
            boolean late = round.dueDate() != null && round.dueDate().isBefore(today);
            int reported = 0;
            int approved = 0;
            int overdue = 0;
            for (OverviewRow row : rows) {
                boolean waitingOrDone = row.state() == ReportState.SUBMITTED || row.state() == ReportState.APPROVED;
                reported += waitingOrDone ? 1 : 0;
                approved += row.state() == ReportState.APPROVED ? 1 : 0;
                overdue += late && !waitingOrDone ? 1 : 0;
            }
            open.add(new Overview.OpenRound(round.id(), round.title(), round.dueDate(), rows.size(), reported, approved,
                    overdue));
        }
        open.sort(Comparator.comparing(Overview.OpenRound::dueDate, Comparator.nullsLast(Comparator.naturalOrder())));
        return open;
    }
}
