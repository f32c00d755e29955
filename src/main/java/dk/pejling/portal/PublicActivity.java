package dk.pejling.portal;

import dk.pejling.indicator.GoalAttainment;
import dk.pejling.indicator.Indicator;
import dk.pejling.indicator.IndicatorWords;
import dk.pejling.indicator.Measurement;
import dk.pejling.initiative.Initiative;
import dk.pejling.initiative.InitiativeService;
import dk.pejling.initiative.ReportState;
import dk.pejling.initiative.ReportingRound;
import dk.pejling.initiative.ReportingRoundService;
import dk.pejling.initiative.StatusOption;
import dk.pejling.initiative.StatusReportRevision;
import dk.pejling.initiative.StatusReportService;
import dk.pejling.portal.PublicViews.FeedEntry;
import dk.pejling.portal.PublicViews.InitiativeItem;
import dk.pejling.portal.PublicViews.Status;
import dk.pejling.portal.PublicViews.Treatment;
import dk.pejling.proceedings.CaseHistory;
import dk.pejling.shared.Redaction;
import dk.pejling.strategy.Goal;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * What happened to a public strategy that the public may know: each initiative's latest approved status
 * (a submitted or returned report is a draft the public never sees; when an approved report is being
 * reported again, its last approved revision stands), the open agenda items that concerned it, and
 * the feed entries made from those and from new values.
 */
@Service
class PublicActivity {

    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
    private final InitiativeService initiatives;
    private final StatusReportService reports;
    private final ReportingRoundService rounds;
    private final CaseHistory caseHistory;

    private final IndicatorWords words;

    PublicActivity(InitiativeService initiatives, StatusReportService reports, ReportingRoundService rounds,
                   CaseHistory caseHistory, IndicatorWords words) {
        this.words = words;
        this.initiatives = initiatives;
        this.reports = reports;
        this.rounds = rounds;
        this.caseHistory = caseHistory;
    }

    List<InitiativeItem> initiatives(StrategyId strategy, java.util.Locale locale, Redaction.Labels labels) {
        List<StatusOption> scheme = rounds.scheme(strategy);
        List<InitiativeItem> items = new ArrayList<>();
        for (Initiative i : initiatives.ofStrategy(strategy, PublicData.PUBLIC)) {
            items.add(new InitiativeItem(i.id().value(), i.number(), labels.publish(i.title()), labels.publish(i.purpose()),
                    latestApproved(i, scheme, locale, labels)));
        }
        return items;
    }

    /**
     * The public initiatives of a strategy and, per initiative, the status report the portal shows as it
     * is stored: the latest round's report when it is approved. (When it is being reported again, the
     * page shows its last approved revision, which the stored row no longer holds; that report is left out.)
     */
    void published(StrategyId strategy, java.util.Set<java.util.UUID> initiativeIds, java.util.Set<java.util.UUID> reportIds) {
        for (Initiative i : initiatives.ofStrategy(strategy, PublicData.PUBLIC)) {
            initiativeIds.add(i.id().value());
            reports.acrossRounds(i.id(), PublicData.PUBLIC).stream()
                    .max(Comparator.comparing((StatusReportService.RoundStatus r) -> r.round().asOf()))
                    .filter(r -> r.report().state() == ReportState.APPROVED)
                    .ifPresent(r -> reportIds.add(r.report().id()));
        }
    }

    private Status latestApproved(Initiative initiative, List<StatusOption> scheme, java.util.Locale locale, Redaction.Labels labels) {
        List<StatusReportService.RoundStatus> across = new ArrayList<>(reports.acrossRounds(initiative.id(), PublicData.PUBLIC));
        across.sort(Comparator.comparing((StatusReportService.RoundStatus r) -> r.round().asOf()).reversed());
        for (StatusReportService.RoundStatus r : across) {
            String code;
            String comment;
            Integer progress;
            Instant at;
            if (r.report().state() == ReportState.APPROVED) {
                code = r.report().statusCode();
                comment = r.report().comment();
                progress = r.report().progress();
                at = r.report().reviewedAt();
            } else {
                StatusReportRevision last = reports.history(r.report().id(), PublicData.PUBLIC).stream()
                        .filter(v -> "APPROVED".equals(v.action()) || "CORRECTED".equals(v.action()))
                        .max(Comparator.comparingInt(StatusReportRevision::revision)).orElse(null);
                if (last == null) {
                    continue; // never approved in this round: a draft
                }
                code = last.statusCode();
                comment = last.comment();
                progress = last.progress();
                at = last.happenedAt();
            }
            StatusOption option = scheme.stream().filter(o -> o.code().equals(code)).findFirst().orElse(null);
            if (option == null) {
                continue;
            }
            return new Status(option.label(!"en".equals(locale.getLanguage())), option.colour(), option.icon(), progress, labels.publish(comment),
                    labels.publish(r.round().title()), r.round().asOf(), at);
        }
        return null;
    }

    /** The open agenda items that concerned the strategy, newest first: a closed item is left out entirely. */
    List<Treatment> history(StrategyId strategy, Redaction.Labels labels) {
        return caseHistory.history(strategy, PublicData.PUBLIC).stream()
                .filter(t -> !t.item().closed() && !t.item().redacted() && !t.item().deleted())
                .map(t -> new Treatment(t.meeting().date(), labels.publish(t.committee().name()), labels.publish(t.item().label()),
                        labels.publish(t.item().decision()), t.meeting().id()))
                .sorted(Comparator.comparing(Treatment::date, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** Approved rounds, new values of the strategy's indicators and changed verdicts ({@code changes}), newest first. */
    List<FeedEntry> strategyFeed(Strategy strategy, List<Indicator> indicators, Function<Indicator, List<Measurement>> values,
                                 List<FeedEntry> changes, java.util.Locale locale, Redaction.Labels labels) {
        List<FeedEntry> entries = new ArrayList<>(changes);
        for (ReportingRound round : rounds.ofStrategy(strategy.id(), PublicData.PUBLIC)) {
            if (round.locked() && round.approvedAt() != null) {
                entries.add(new FeedEntry("round-" + round.id(), words.text("portal.feed.roundApproved", locale, labels.publish(round.title())),
                        words.text("portal.feed.statusAsOf", locale, round.asOf().toString()),
                        round.approvedAt(), "/portal/strategier/" + PublicData.key(strategy) + "#indsatser"));
            }
        }
        indicators.forEach(i -> entries.addAll(valueEntries(i, values.apply(i), locale, labels)));
        entries.sort(Comparator.comparing(FeedEntry::updated, Comparator.nullsLast(Comparator.reverseOrder())));
        return entries.stream().limit(50).toList();
    }

    /** The goal's verdict, the new values of its own indicators and its changed verdicts ({@code changes}), newest first. */
    List<FeedEntry> goalFeed(Goal goal, GoalAttainment verdict, List<Indicator> indicators,
                             Function<Indicator, List<Measurement>> values, List<FeedEntry> changes, java.util.Locale locale,
                             Redaction.Labels labels) {
        List<FeedEntry> entries = new ArrayList<>();
        indicators.forEach(i -> entries.addAll(valueEntries(i, values.apply(i), locale, labels)));
        Instant latest = entries.stream().map(FeedEntry::updated).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(goal.updatedAt());
        if (verdict.period() != null) {
            entries.add(new FeedEntry("verdict-" + goal.id().value() + "-" + verdict.period().value() + "-" + verdict.status().name(),
                    words.text("portal.feed.verdict", locale, words.period(verdict.period(), locale), words.status(verdict.status(), locale)),
                    labels.publish(goal.title()), latest, "/portal/maal/" + goal.id().value()));
        }
        entries.addAll(changes);
        entries.sort(Comparator.comparing(FeedEntry::updated, Comparator.nullsLast(Comparator.reverseOrder())));
        return entries.stream().limit(50).toList();
    }

    private List<FeedEntry> valueEntries(Indicator i, List<Measurement> values, java.util.Locale locale, Redaction.Labels labels) {
        return values.stream().map(m -> new FeedEntry("value-" + m.id(), words.text("portal.feed.newValue", locale,
                labels.publish(i.name()), words.periodAndStep(m.period(), m.step(), locale)), null, m.enteredAt(),
                "/portal/indikatorer/" + i.id().value())).toList();
    }

    static ZoneId zone() {
        return DENMARK;
    }
}
