package dk.pejling.strategy;

import dk.pejling.organisation.Organisation;
import dk.pejling.organisation.OrganisationId;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.search.SearchDocument;
import dk.pejling.search.SearchDocument.Access;
import dk.pejling.search.SearchDocument.Ref;
import dk.pejling.search.SearchFeed;
import dk.pejling.search.SearchSource;
import dk.pejling.search.SearchType;
import dk.pejling.shared.Visibility;
import dk.pejling.strategy.store.DocumentTexts;
import dk.pejling.strategy.store.GoalRepository;
import dk.pejling.strategy.store.StrategyRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.context.ApplicationListener;
import org.springframework.data.relational.core.mapping.event.AbstractRelationalEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.data.relational.core.mapping.event.BeforeDeleteEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The strategy module's part of the search: per strategy (the key) the strategy itself, its goals and the
 * text of its uploaded documents. Internal strategies make everything under them internal, readable by the
 * strategy's readers. It also tells the search when a strategy or goal is saved or deleted, by listening to
 * the module's own Spring Data events inside the transaction of the change.
 */
@Component
class StrategySearch implements SearchSource, ApplicationListener<AbstractRelationalEvent<?>> {

    static final String SOURCE = "strategy";

    private final StrategyRepository strategies;
    private final GoalRepository goals;
    private final DocumentTexts texts;
    private final OrganisationService organisations;
    private final SearchFeed feed;

    StrategySearch(StrategyRepository strategies, GoalRepository goals, DocumentTexts texts,
                   OrganisationService organisations, SearchFeed feed) {
        this.strategies = strategies;
        this.goals = goals;
        this.texts = texts;
        this.organisations = organisations;
        this.feed = feed;
    }

    @Override
    public void onApplicationEvent(AbstractRelationalEvent<?> event) {
        if (event instanceof AfterSaveEvent<?> saved) {
            if (saved.getEntity() instanceof Strategy s) {
                feed.changed(SOURCE, s.id().value());
            } else if (saved.getEntity() instanceof Goal g) {
                feed.changed(SOURCE, g.strategyId().value());
            }
        } else if (event instanceof BeforeDeleteEvent<?> deleting && deleting.getId() != null) {
            Object id = deleting.getId().getValue();
            if (Strategy.class.equals(deleting.getType())) {
                feed.changed(SOURCE, id);
            } else if (Goal.class.equals(deleting.getType()) && id instanceof UUID goalId) {
                goals.findById(goalId).ifPresent(g -> feed.changed(SOURCE, g.strategyId().value()));
            }
        }
    }

    @Override
    public String name() {
        return SOURCE;
    }

    @Override
    public Stream<String> keys() {
        return strategies.findAll().stream().map(s -> s.id().value().toString());
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchDocument> documents(String key) {
        Strategy strategy = strategies.findById(UUID.fromString(key)).orElse(null);
        if (strategy == null) {
            return List.of();
        }
        UUID id = strategy.id().value();
        boolean isPublic = strategy.visibility() == Visibility.PUBLIC;
        String page = "/strategier/" + id;
        List<Ref> strategyRef = List.of(new Ref(id, strategy.title(), isPublic));
        List<Ref> orgs = organisationsOf(strategy);
        Integer year = strategy.period() == null || strategy.period().from() == null ? null : strategy.period().from().getYear();
        List<SearchDocument> docs = new ArrayList<>();
        docs.add(new SearchDocument(SearchType.STRATEGY, id.toString(), strategy.title(),
                join(strategy.summary(), String.join(", ", strategy.themes())), page, access(isPublic, id),
                strategyRef, orgs, year));
        for (Goal goal : goals.findByStrategy(id)) {
            boolean goalPublic = goal.visibility().within(strategy.visibility()) == Visibility.PUBLIC;
            docs.add(new SearchDocument(SearchType.GOAL, goal.id().value().toString(), goal.label(), goal.description(),
                    page + "#maal-" + goal.id().value(), access(goalPublic, id), strategyRef, orgs, year));
        }
        Map<UUID, DocumentTexts.Stored> extracted = texts.ofStrategy(id);
        for (StrategyLink link : strategy.links()) {
            if (!link.isFile()) {
                continue;
            }
            DocumentTexts.Stored text = extracted.get(link.id());
            docs.add(new SearchDocument(SearchType.DOCUMENT, link.id().toString(), link.title(),
                    text == null || text.content() == null ? link.fileName() : link.fileName() + "\n" + text.content(),
                    "/strategier/" + id + "/dokumenter/" + link.id(), access(isPublic, id), strategyRef, orgs, year));
        }
        return docs;
    }

    private List<Ref> organisationsOf(Strategy strategy) {
        List<OrganisationId> ids = new ArrayList<>();
        ids.add(strategy.ownerId());
        ids.addAll(strategy.partnerIds());
        Map<OrganisationId, Organisation> byId = organisations.byIds(ids);
        return ids.stream().distinct()
                .map(o -> new Ref(o.value(), byId.containsKey(o) ? byId.get(o).name() : null, true))
                .toList();
    }

    private static Access access(boolean isPublic, UUID strategy) {
        return isPublic ? Access.everyone() : Access.readersOf(List.of(strategy));
    }

    private static String join(String... parts) {
        return String.join("\n", Stream.of(parts).filter(p -> p != null && !p.isBlank()).toList());
    }
}
