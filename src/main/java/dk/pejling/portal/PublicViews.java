package dk.pejling.portal;

import dk.pejling.indicator.Attainment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the portal publishes, as plain values: every text in them is already redacted and every
 * record in them is public. Made only by {@link PublicData}; the web layer renders them and nothing else.
 */
public final class PublicViews {

    private PublicViews() {
    }

    /** One strategy in the front page's list. */
    public record StrategyCard(UUID id, String key, String title, String kind, String status, String owner,
                               LocalDate from, LocalDate to, List<String> themes) {
    }

    /** A strategy's portal page. */
    public record StrategyPage(UUID id, String key, String title, String summary, String kind, String status,
                               String owner, List<String> partners, LocalDate from, LocalDate to, List<String> themes,
                               List<GoalItem> goals, List<Integer> years, List<ProgressRow> progress,
                               List<InitiativeItem> initiatives, List<Treatment> history,
                               List<PortalSection.Section> sections, List<FeedEntry> feed, Instant lastModified) {
    }

    /** A goal in the tree, with its verdict and the one sentence that explains it. */
    public record GoalItem(UUID id, String code, String kind, String title, String description, Attainment verdict,
                           String explanation, List<IndicatorRef> indicators, List<GoalItem> children) {
    }

    public record IndicatorRef(UUID id, String name, Attainment verdict) {
    }

    /** A main goal's verdict in each year of the strategy. */
    public record ProgressRow(UUID goalId, String label, List<Attainment> verdicts) {
    }

    /** A goal's own page. */
    public record GoalPage(UUID id, String code, String kind, String title, String description, StrategyRef strategy,
                           Integer year, Attainment verdict, String explanation, List<IndicatorItem> indicators,
                           List<GoalItem> children, List<FeedEntry> feed, Instant lastModified) {
    }

    public record StrategyRef(UUID id, String key, String title) {
    }

    /** An indicator with its published values, lines and chart. */
    public record IndicatorItem(UUID id, String name, String definition, String unit, int decimals, String direction,
                                String population, String source, String sourceUrl, List<Line> baselines,
                                List<Line> targets, List<Value> values, int suppressed, Attainment verdict,
                                String explanation, String chartSvg, List<GoalRef> goals, StrategyRef strategy,
                                Instant lastModified) {
    }

    public record GoalRef(UUID id, String label) {
    }

    /** A baseline or a target: a label ("Mål 2018", "Udgangspunkt") and its value in the indicator's unit. */
    public record Line(String label, String period, BigDecimal value) {
    }

    /** One published value: never a suppressed one, never its internal note. */
    public record Value(String period, String label, BigDecimal value, Integer sampleSize, BigDecimal ciLow,
                        BigDecimal ciHigh, String source, Instant enteredAt) {
    }

    /** An initiative with its latest approved status (never a draft or a returned one). */
    public record InitiativeItem(UUID id, String number, String title, String purpose, Status status) {
    }

    public record Status(String label, String colour, String icon, Integer progress, String comment, String round,
                         LocalDate asOf, Instant approvedAt) {
    }

    /** An open agenda item that concerned the strategy. */
    public record Treatment(LocalDate date, String committee, String item, String decision, UUID meetingId) {
    }

    /** A change worth telling subscribers: a round approved, a new value, a verdict. */
    public record FeedEntry(String id, String title, String summary, Instant updated, String href) {
    }
}
