package dk.pejling.initiative;

import dk.pejling.initiative.store.InitiativeRepository;
import dk.pejling.initiative.store.StatusReportRepository;
import dk.pejling.organisation.Organisation;
import dk.pejling.organisation.OrganisationId;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.search.SearchDocument;
import dk.pejling.search.SearchDocument.Access;
import dk.pejling.search.SearchDocument.Ref;
import dk.pejling.search.SearchFeed;
import dk.pejling.search.SearchSource;
import dk.pejling.search.SearchType;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.Visibility;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyService;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * The initiative module's part of the search: per initiative (the key) the initiative and the comments of
 * its status reports. An initiative is public only when it and its strategy are; status comments are for the
 * strategy's readers only (they are working notes, shown to the public only inside approved reports).
 * A strategy that changes (its visibility, its title) reindexes its initiatives.
 */
@Component
class InitiativeSearch implements SearchSource, ApplicationListener<AbstractRelationalEvent<?>> {

    static final String SOURCE = "initiative";
    private static final Viewer SYSTEM = new Viewer(new UUID(0, 15), null, Set.of(Viewer.ADMIN), "search");
    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private final InitiativeRepository initiatives;
    private final StatusReportRepository reports;
    private final StrategyService strategies;
    private final OrganisationService organisations;
    private final SearchFeed feed;

    InitiativeSearch(InitiativeRepository initiatives, StatusReportRepository reports, StrategyService strategies,
                     OrganisationService organisations, SearchFeed feed) {
        this.initiatives = initiatives;
        this.reports = reports;
        this.strategies = strategies;
        this.organisations = organisations;
        this.feed = feed;
    }

    @Override
    public void onApplicationEvent(AbstractRelationalEvent<?> event) {
        if (event instanceof AfterSaveEvent<?> saved) {
            Object entity = saved.getEntity();
            if (entity instanceof Initiative i) {
                feed.changed(SOURCE, i.id().value());
            } else if (entity instanceof StatusReport r) {
                feed.changed(SOURCE, r.initiativeId());
            } else if (entity instanceof Strategy s) {
                initiatives.findByStrategy(s.id().value()).forEach(i -> feed.changed(SOURCE, i.id().value()));
            }
        } else if (event instanceof BeforeDeleteEvent<?> deleting && deleting.getId() != null
                && Initiative.class.equals(deleting.getType())) {
            feed.changed(SOURCE, deleting.getId().getValue());
        }
    }

    @Override
    public String name() {
        return SOURCE;
    }

    @Override
    public Stream<String> keys() {
        return initiatives.findAll().stream().map(i -> i.id().value().toString());
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchDocument> documents(String key) {
        Initiative initiative = initiatives.findById(UUID.fromString(key)).orElse(null);
        if (initiative == null) {
            return List.of();
        }
        Strategy strategy;
        try {
            strategy = strategies.get(new StrategyId(initiative.strategyId()), SYSTEM);
        } catch (RuntimeException gone) {
            return List.of();
        }
        UUID strategyId = strategy.id().value();
        boolean strategyPublic = strategy.visibility() == Visibility.PUBLIC;
        boolean isPublic = strategyPublic && initiative.visibility() == Visibility.PUBLIC;
        List<Ref> strategyRef = List.of(new Ref(strategyId, strategy.title(), strategyPublic));
        List<Ref> orgs = organisationsOf(initiative);
        Integer year = initiative.period().from() == null ? null : initiative.period().from().getYear();
        String url = "/indsatser/" + initiative.id().value();
        List<SearchDocument> docs = new ArrayList<>();
        docs.add(new SearchDocument(SearchType.INITIATIVE, key, initiative.label(),
                join(initiative.description(), initiative.purpose(), initiative.content(), initiative.responsibilities(),
                        initiative.area()),
                url, isPublic ? Access.everyone() : Access.readersOf(List.of(strategyId)), strategyRef, orgs, year));
        for (StatusReport report : reports.findByInitiative(initiative.id().value())) {
            if (report.comment() == null || report.comment().isBlank()) {
                continue;
            }
            Integer reported = report.submittedAt() == null ? year : report.submittedAt().atZone(ZONE).getYear();
            docs.add(new SearchDocument(SearchType.STATUS_COMMENT, report.id().toString(), initiative.label(),
                    report.comment(), "/runder/" + report.roundId() + "/indsatser/" + initiative.id().value(),
                    Access.readersOf(List.of(strategyId)), strategyRef, orgs, reported));
        }
        return docs;
    }

    private List<Ref> organisationsOf(Initiative initiative) {
        Set<OrganisationId> ids = new LinkedHashSet<>();
        if (initiative.responsibleId() != null) {
            ids.add(new OrganisationId(initiative.responsibleId()));
        }
        initiative.partners().forEach(p -> ids.add(new OrganisationId(p.organisationId())));
        Map<OrganisationId, Organisation> byId = organisations.byIds(ids);
        return ids.stream().map(o -> new Ref(o.value(), byId.containsKey(o) ? byId.get(o).name() : null, true)).toList();
    }

    private static String join(String... parts) {
        return String.join("\n", Stream.of(parts).filter(p -> p != null && !p.isBlank()).toList());
    }
}
