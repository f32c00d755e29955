package dk.pejling.demo;

import dk.pejling.access.Accounts;
import dk.pejling.access.Coordinators;
import dk.pejling.access.PejlingPrincipal;
import dk.pejling.access.Role;
import dk.pejling.organisation.Organisation;
import dk.pejling.organisation.OrganisationDetails;
import dk.pejling.organisation.OrganisationId;
import dk.pejling.organisation.OrganisationKind;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.shared.BeforeServing;
import dk.pejling.shared.Coded;
import dk.pejling.shared.PejlingProperties;
import dk.pejling.shared.Period;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.Visibility;
import dk.pejling.strategy.GoalDetails;
import dk.pejling.strategy.GoalId;
import dk.pejling.strategy.GoalKind;
import dk.pejling.strategy.GoalService;
import dk.pejling.strategy.LifecycleStatus;
import dk.pejling.strategy.RelationKind;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyDetails;
import dk.pejling.strategy.StrategyKind;
import dk.pejling.strategy.StrategyService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads the demo data into an empty database, in one transaction: either all of it lands or
 * none. Runs when {@code PEJLING_DEMO_DATA} is true, or when it is unset and the database is the
 * embedded one.
 */
@Component
class DemoDataLoader extends BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    /** The demo loads as a system administrator that is not a person. */
    static final Viewer SYSTEM = new Viewer(new UUID(0, 1), null, Set.of(Viewer.ADMIN), "demo-data");
    static final String DEMO_PASSWORD = "pejling-demo-2026";

    private final OrganisationService organisations;
    private final StrategyService strategies;
    private final GoalService goals;
    private final Accounts accounts;
    private final Coordinators coordinators;
    private final PejlingProperties properties;
    private final Environment environment;
    private final TransactionTemplate transaction;
    private final IndicatorDemoData indicatorData;
    private final InitiativeDemoData initiativeData;
    private final ReportTextDemoData reportTextData;
    private final ProceedingsDemoData proceedingsData;
    private final ObjectMapper yaml = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    DemoDataLoader(OrganisationService organisations, StrategyService strategies, GoalService goals,
                   Accounts accounts, Coordinators coordinators, PejlingProperties properties, Environment environment,
                   TransactionTemplate transaction, IndicatorDemoData indicatorData,
                   InitiativeDemoData initiativeData, ReportTextDemoData reportTextData,
                   ProceedingsDemoData proceedingsData) {
        this.organisations = organisations;
        this.strategies = strategies;
        this.goals = goals;
        this.accounts = accounts;
        this.coordinators = coordinators;
        this.properties = properties;
        this.environment = environment;
        this.transaction = transaction;
        this.indicatorData = indicatorData;
        this.initiativeData = initiativeData;
        this.reportTextData = reportTextData;
        this.proceedingsData = proceedingsData;
    }

    /** After the first administrator (a database with users gets no bootstrap administrator). */
    @Override
    protected int order() {
        return 10;
    }

    /** No page is served before the demo data is in: a first visitor never sees an empty register. */
    @Override
    protected void runBeforeServing() {
        if (!wanted() || !organisations.all().isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        DemoData loaded = transaction.execute(status -> load());
        log.info("Loaded demo data: {} organisations, {} strategies, {} goals, {} indicators, {} initiatives in {} ms",
                loaded.organisations().size(), loaded.strategies().size(), loaded.goalCount(), loaded.indicators(),
                loaded.initiatives(), (System.nanoTime() - start) / 1_000_000);
    }

    boolean wanted() {
        String setting = properties.demoData();
        if (setting == null || setting.isBlank()) {
            return environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
        }
        return Boolean.parseBoolean(setting.strip());
    }

    /** What was loaded, by the keys the files use. */
    record DemoData(Map<String, OrganisationId> organisations, Map<String, Strategy> strategies,
                    Map<String, Map<String, GoalId>> goals, int indicators, int initiatives) {
        int goalCount() {
            return goals.values().stream().mapToInt(Map::size).sum();
        }
    }

    DemoData load() {
        Map<String, OrganisationId> orgs = new LinkedHashMap<>();
        DemoFiles.OrganisationsFile orgFile = read("demo/organisations.yaml", DemoFiles.OrganisationsFile.class);
        orgFile.organisations().forEach(o -> createOrganisation(o, null, orgs));

        List<DemoFiles.StrategyEntry> entries = new ArrayList<>();
        for (Resource resource : resources("classpath*:demo/strategies/*.yaml")) {
            entries.add(read(resource, DemoFiles.StrategyEntry.class));
        }
        entries.sort(Comparator.comparing(DemoFiles.StrategyEntry::key));
        Map<String, Strategy> created = new LinkedHashMap<>();
        for (DemoFiles.StrategyEntry entry : entries) {
            created.put(entry.key(), strategies.create(details(entry, orgs, Map.of(), false), entry.key(), SYSTEM));
        }
        Map<String, Map<String, GoalId>> goalIds = new LinkedHashMap<>();
        for (DemoFiles.StrategyEntry entry : entries) {
            Strategy strategy = created.get(entry.key());
            if (entry.relations() != null && !entry.relations().isEmpty()) {
                strategy = strategies.update(strategy.id(), strategy.version(), details(entry, orgs, created, true), SYSTEM);
                created.put(entry.key(), strategy);
            }
            Map<String, GoalId> codes = new LinkedHashMap<>();
            int order = 0;
            for (DemoFiles.GoalEntry goal : entry.goals() == null ? List.<DemoFiles.GoalEntry>of() : entry.goals()) {
                createGoal(strategy, goal, null, order++, codes);
            }
            goalIds.put(entry.key(), codes);
        }
        int indicatorCount = indicatorData.load(read("demo/indicators.yaml", IndicatorFile.class), created, goalIds);
        int initiativeCount = initiativeData.load(read("demo/initiatives.yaml", InitiativeFile.class), orgs, created, goalIds);
        reportTextData.load(read("demo/report-texts.yaml", ReportTextDemoData.ReportTextFile.class), created, goalIds);
        proceedingsData.load(read("demo/proceedings.yaml", ProceedingsDemoData.ProceedingsFile.class), orgs, created);
        createDemoUsers(orgs);
        return new DemoData(orgs, created, goalIds, indicatorCount, initiativeCount);
    }

    private void createOrganisation(DemoFiles.OrganisationEntry entry, OrganisationId parent,
                                    Map<String, OrganisationId> orgs) {
        Organisation organisation = organisations.create(new OrganisationDetails(entry.name(), entry.shortName(),
                Coded.parse(OrganisationKind.class, entry.kind()), parent), entry.key(), SYSTEM);
        if (orgs.put(entry.key(), organisation.id()) != null) {
            throw new IllegalStateException("demo organisation key used twice: " + entry.key());
        }
        entry.childrenOrEmpty().forEach(child -> createOrganisation(child, organisation.id(), orgs));
    }

    private StrategyDetails details(DemoFiles.StrategyEntry e, Map<String, OrganisationId> orgs,
                                    Map<String, Strategy> strategiesByKey, boolean withRelations) {
        Set<OrganisationId> partners = new LinkedHashSet<>();
        (e.partners() == null ? List.<String>of() : e.partners()).forEach(p -> partners.add(org(orgs, p, e.key())));
        List<StrategyDetails.LinkInput> links = new ArrayList<>();
        List<StrategyDetails.RelationInput> relations = new ArrayList<>();
        if (withRelations) {
            for (DemoFiles.RelationEntry r : e.relations()) {
                Strategy target = strategiesByKey.get(r.to());
                if (target == null) {
                    throw new IllegalStateException("strategy " + e.key() + " relates to unknown strategy " + r.to());
                }
                relations.add(new StrategyDetails.RelationInput(Coded.parse(RelationKind.class, r.kind()), target.id()));
            }
            // Links were stored on the first pass; keep them by id.
            strategiesByKey.get(e.key()).links()
                    .forEach(l -> links.add(new StrategyDetails.LinkInput(l.id(), l.title(), l.url())));
        } else if (e.links() != null) {
            // A link without a URL is a document the seed names without an address: listed by its title among
            // the documents (it used to go into the summary, while the page said there were no documents).
            e.links().forEach(l -> links.add(l.url() == null || l.url().isBlank()
                    ? new StrategyDetails.LinkInput(null, l.title(), null, true)
                    : new StrategyDetails.LinkInput(null, l.title(), l.url())));
        }
        return new StrategyDetails(e.title(), Coded.parse(StrategyKind.class, e.kind()), org(orgs, e.owner(), e.key()),
                partners, e.period() == null ? null : new Period(e.period().from(), e.period().to()),
                Coded.parse(LifecycleStatus.class, e.status()), e.summary() == null ? null : e.summary().strip(), e.themes(), links,
                relations, Coded.parse(Visibility.class, e.visibility() == null ? "offentlig" : e.visibility()));
    }


    private void createGoal(Strategy strategy, DemoFiles.GoalEntry entry, GoalId parent, int order,
                            Map<String, GoalId> codes) {
        GoalId id = goals.create(strategy.id(), new GoalDetails(parent, entry.code(),
                Coded.parse(GoalKind.class, entry.kind()), entry.title(), entry.description(), order,
                Coded.parse(Visibility.class, entry.visibility() == null ? "offentlig" : entry.visibility())), SYSTEM).id();
        if (entry.code() != null && codes.put(entry.code(), id) != null) {
            throw new IllegalStateException("goal code used twice in " + strategy.slug() + ": " + entry.code());
        }
        int childOrder = 0;
        for (DemoFiles.GoalEntry child : entry.childrenOrEmpty()) {
            createGoal(strategy, child, id, childOrder++, codes);
        }
    }

    /** Demo accounts, only ever created together with the demo data; the README lists them. */
    private void createDemoUsers(Map<String, OrganisationId> orgs) {
        UUID fb = orgs.containsKey("fb") ? orgs.get("fb").value() : null;
        if (accounts.findUser("koordinator").isEmpty()) {
            PejlingPrincipal coordinator = accounts.createUser("koordinator", "Demo-koordinator", fb, DEMO_PASSWORD,
                    EnumSet.of(Role.EDITOR));
            if (fb != null) {
                // coordinates every strategy its administration, the municipality above it or a unit below it takes part in
                Set<UUID> around = new java.util.HashSet<>(organisations.selfAndAncestors(new OrganisationId(fb)));
                around.addAll(organisations.unitsOf(new OrganisationId(fb)));
                strategies.ownedOrPartneredBy(around)
                        .forEach(strategy -> coordinators.appointCoordinator(strategy, coordinator.userId(), SYSTEM));
            }
            accounts.createUser("redaktoer", "Demo-redaktør", fb, DEMO_PASSWORD, EnumSet.of(Role.EDITOR));
            accounts.createUser("laeser", "Demo-læser", fb, DEMO_PASSWORD, EnumSet.of(Role.READER));
        }
    }

    private static OrganisationId org(Map<String, OrganisationId> orgs, String key, String where) {
        OrganisationId id = orgs.get(key);
        if (id == null) {
            throw new IllegalStateException("strategy " + where + " names unknown organisation " + key);
        }
        return id;
    }

    private <T> T read(String path, Class<T> type) {
        return read(new PathMatchingResourcePatternResolver().getResource("classpath:" + path), type);
    }

    private <T> T read(Resource resource, Class<T> type) {
        try (InputStream in = resource.getInputStream()) {
            return yaml.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo file " + resource.getFilename(), e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("demo file " + resource.getFilename() + " is invalid: " + e.getMessage(), e);
        }
    }

    private static List<Resource> resources(String pattern) {
        try {
            return Arrays.asList(new PathMatchingResourcePatternResolver().getResources(pattern));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
