package dk.pejling.portal;

import dk.pejling.indicator.Indicator;
import dk.pejling.indicator.IndicatorService;
import dk.pejling.safetyindex.IndicatorFeed;
import dk.pejling.strategy.GoalService;
import dk.pejling.strategy.StrategyId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The safety index on the page of a strategy whose goals it feeds (Tryg Aalborg's Mål 1 and 2): each fed
 * area's newest published index with its interval and n, or why it is hidden, with a link to the areas
 * compared. Through {@link PublicSafetyIndex}, so it publishes exactly what the safety index pages do.
 */
@Component
class SafetyIndexSection implements PortalSection {

    private final dk.pejling.safetyindex.FeedService feedService;
    private final PublicSafetyIndex published;
    private final GoalService goals;
    private final IndicatorService indicators;
    private final org.springframework.context.MessageSource messages;

    SafetyIndexSection(dk.pejling.safetyindex.FeedService feedService, PublicSafetyIndex published, GoalService goals,
                       IndicatorService indicators, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.feedService = feedService;
        this.published = published;
        this.goals = goals;
        this.indicators = indicators;
    }

    @Override
    public List<Section> sectionsFor(UUID strategyId, Locale locale) {
        List<IndicatorFeed> feeds = feedService.all();
        if (feeds.isEmpty()) {
            return List.of();
        }
        Set<UUID> goalIds = new java.util.HashSet<>();
        goals.tree(new StrategyId(strategyId), PublicData.PUBLIC).stream().flatMap(PublicData::nodes)
                .forEach(n -> goalIds.add(n.goal().id().value()));
        java.util.Map<String, String> areas = new java.util.LinkedHashMap<>(); // area → the method version that feeds
        for (IndicatorFeed feed : feeds) {
            boolean serves = indicators.findByKey(feed.indicatorKey(), PublicData.PUBLIC).map(Indicator::goals).orElse(List.of())
                    .stream().anyMatch(link -> goalIds.contains(link.goalId()));
            if (serves) {
                areas.putIfAbsent(feed.area(), feed.methodVersion());
            }
        }
        List<Row> rows = new ArrayList<>();
        boolean synthetic = false;
        for (var fed : areas.entrySet()) {
            PublicSafetyIndex.AreaPage page;
            try {
                page = published.area(fed.getKey(), fed.getValue());
            } catch (dk.pejling.shared.NotFoundException gone) {
                continue;
            }
            if (page.values().isEmpty()) {
                continue;
            }
            // the newest period with a published index; the newest period when none has one
            PublicSafetyIndex.AreaValue v = page.values().stream().filter(x -> x.value() != null).findFirst()
                    .orElse(page.values().get(0));
            synthetic |= v.synthetic();
            String value = v.value() == null ? messages.getMessage("portal.safetyIndex.notShown", null, locale)
                    : String.format("en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("da"), "%.1f (%.1f–%.1f)",
                            v.value(), v.low(), v.high());
            rows.add(new Row(page.area().name() + ", " + v.period(), value,
                    "n = " + v.n() + (v.synthetic() ? " · SYNTETISK" : "")));
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        String intro = messages.getMessage("portal.safetyIndex.intro", null, locale)
                + (synthetic ? " " + messages.getMessage("portal.safetyIndex.synthetic", null, locale) : "");
        return List.of(new Section(messages.getMessage("portal.safetyIndex.heading", null, locale), intro, rows,
                "/portal/tryghed", messages.getMessage("portal.safetyIndex.link", null, locale)));
    }
}
