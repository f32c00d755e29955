package dk.pejling.indicator;

import dk.pejling.indicator.store.IndicatorRepository;
import dk.pejling.search.SearchDocument;
import dk.pejling.search.SearchDocument.Access;
import dk.pejling.search.SearchFeed;
import dk.pejling.search.SearchSource;
import dk.pejling.search.SearchType;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.Goal;
import dk.pejling.strategy.GoalService;
import dk.pejling.strategy.Strategy;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.context.ApplicationListener;
import org.springframework.data.relational.core.mapping.event.AbstractRelationalEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.data.relational.core.mapping.event.BeforeDeleteEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicator module's part of the search: one document per indicator (the key). Public only when the
 * indicator and every goal it is linked to are public (the rule of {@link GoalService#linkedRecordVisible});
 * otherwise readable by the readers of the linked goals' strategies. A saved goal or strategy reindexes the
 * indicators linked to it, since its visibility decides theirs.
 */
@Component
class IndicatorSearch implements SearchSource, ApplicationListener<AbstractRelationalEvent<?>> {

    static final String SOURCE = "indicator";
    private static final Viewer SYSTEM = new Viewer(new UUID(0, 15), null, Set.of(Viewer.ADMIN), "search");
    private static final List<UUID> NO_ROW = List.of(new UUID(0, 0));

    private final IndicatorRepository indicators;
    private final GoalService goals;
    private final SearchFeed feed;

    IndicatorSearch(IndicatorRepository indicators, GoalService goals, SearchFeed feed) {
        this.indicators = indicators;
        this.goals = goals;
        this.feed = feed;
    }

    @Override
    public void onApplicationEvent(AbstractRelationalEvent<?> event) {
        if (event instanceof AfterSaveEvent<?> saved) {
            Object entity = saved.getEntity();
            if (entity instanceof Indicator i) {
                feed.changed(SOURCE, i.id().value());
            } else if (entity instanceof Goal g) {
                linkedTo(g.id().value());
            } else if (entity instanceof Strategy s) {
                goals.list(s.id(), new PageQuery(null, 0, PageQuery.MAX_SIZE), SYSTEM).items()
                        .forEach(g -> linkedTo(g.id().value()));
            }
        } else if (event instanceof BeforeDeleteEvent<?> deleting && deleting.getId() != null
                && Indicator.class.equals(deleting.getType())) {
            feed.changed(SOURCE, deleting.getId().getValue());
        }
    }

    private void linkedTo(UUID goal) {
        indicators.search(null, goal, true, NO_ROW, 1000, 0).forEach(i -> feed.changed(SOURCE, i.id().value()));
    }

    @Override
    public String name() {
        return SOURCE;
    }

    @Override
    public Stream<String> keys() {
        return indicators.findAll().stream().map(i -> i.id().value().toString());
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchDocument> documents(String key) {
        Indicator indicator = indicators.findById(UUID.fromString(key)).orElse(null);
        if (indicator == null) {
            return List.of();
        }
        List<UUID> goalIds = indicator.goals().stream().map(GoalLink::goalId).toList();
        boolean isPublic = goals.linkedRecordVisible(indicator.visibility(), goalIds, Viewer.anonymous());
        List<UUID> strategies = List.copyOf(goals.strategiesOf(goalIds));
        String text = String.join("\n", Stream.of(indicator.definition(), indicator.population(), indicator.sourceName(),
                indicator.sourceOwner()).filter(p -> p != null && !p.isBlank()).toList());
        // strategy names are the strategy module's; the facet needs none for indicators, the filter needs the ids
        List<SearchDocument.Ref> refs = strategies.stream().map(s -> new SearchDocument.Ref(s, null, false)).toList();
        return List.of(new SearchDocument(SearchType.INDICATOR, key, indicator.name(), text,
                "/indikatorer/" + key,
                isPublic ? Access.everyone() : Access.readersOf(strategies), refs, List.of(), null));
    }
}
