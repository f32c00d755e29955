package dk.pejling.strategy.store;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.IntegrationTest;
import dk.pejling.organisation.OrganisationDetails;
import dk.pejling.organisation.OrganisationId;
import dk.pejling.organisation.OrganisationKind;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.shared.ListPage;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.Period;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.Visibility;
import dk.pejling.strategy.LifecycleStatus;
import dk.pejling.strategy.StrategyDetails;
import dk.pejling.strategy.StrategyFilter;
import dk.pejling.strategy.StrategyKind;
import dk.pejling.strategy.StrategyService;
import dk.pejling.strategy.StrategySummary;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The strategy list pages through the owners' counts instead of sorting every match (see
 * {@link StrategyQueries#list}). Every page must equal what one plain ORDER BY … LIMIT … OFFSET
 * query over all matches gives, including owners that share a name and strategies that share a
 * title, for both kinds of viewer and every filter.
 */
@IntegrationTest
class StrategyListingByOwnerTest {

    /** The list as one query: sort every match, then cut the page. */
    private static final String REFERENCE = """
            SELECT s.id, s.title, o.name AS owner_name
              FROM strategy s JOIN organisation o ON o.id = s.owner_id
             WHERE (s.visibility = 'PUBLIC' OR :internal = TRUE)
               AND (CAST(:pattern AS VARCHAR) IS NULL OR LOWER(s.title) LIKE :pattern OR LOWER(s.summary) LIKE :pattern)
               AND (CAST(:org AS UUID) IS NULL OR s.owner_id = :org
                    OR EXISTS (SELECT 1 FROM strategy_partner p WHERE p.strategy_id = s.id AND p.organisation_id = :org))
               AND (CAST(:status AS VARCHAR) IS NULL OR s.status = :status)
               AND (CAST(:kind AS VARCHAR) IS NULL OR s.kind = :kind)
               AND (CAST(:yearStart AS DATE) IS NULL
                    OR ((s.period_from IS NULL OR s.period_from <= :yearEnd) AND (s.period_to IS NULL OR s.period_to >= :yearStart)))
             ORDER BY o.name, s.title, s.id""";

    private static final Viewer ADMIN = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.ADMIN));

    @Autowired
    StrategyQueries queries;
    @Autowired
    StrategyService strategies;
    @Autowired
    OrganisationService organisations;
    @Autowired
    JdbcClient jdbc;

    String marker;
    OrganisationId twinA;
    OrganisationId twinB;
    OrganisationId partner;

    @BeforeEach
    void setUp() {
        marker = "Listetest " + UUID.randomUUID().toString().substring(0, 8);
        twinA = organisations.create(new OrganisationDetails(marker + " Kommune", null, OrganisationKind.MUNICIPALITY, null), null, ADMIN).id();
        twinB = organisations.create(new OrganisationDetails(marker + " Kommune", null, OrganisationKind.DEPARTMENT, null), null, ADMIN).id();
        partner = organisations.create(new OrganisationDetails(marker + " Partner", null, OrganisationKind.OTHER, null), null, ADMIN).id();
        LifecycleStatus[] statuses = LifecycleStatus.values();
        StrategyKind[] kinds = StrategyKind.values();
        for (int i = 0; i < 14; i++) {
            OrganisationId owner = i % 3 == 0 ? twinA : i % 3 == 1 ? twinB : partner;
            Set<OrganisationId> partners = i % 4 == 0 && owner != partner ? Set.of(partner) : Set.of();
            String title = marker + (i % 5 == 0 ? " fælles titel" : " strategi " + (char) ('a' + (i * 7) % 14));
            strategies.create(new StrategyDetails(title, kinds[i % kinds.length], owner, partners,
                    new Period(LocalDate.of(2020 + i % 9, 1, 1), i % 6 == 0 ? null : LocalDate.of(2022 + i % 9, 12, 31)),
                    statuses[i % statuses.length], "Resumé " + i, List.of(), List.of(), List.of(),
                    i % 4 == 3 ? Visibility.INTERNAL : Visibility.PUBLIC), null, ADMIN);
        }
    }

    @Test
    void everyPageEqualsTheFullySortedList() {
        List<StrategyFilter> filters = List.of(StrategyFilter.none(),
                new StrategyFilter(null, LifecycleStatus.DRAFT, null, null),
                new StrategyFilter(null, null, StrategyKind.POLICY, null),
                new StrategyFilter(null, LifecycleStatus.ADOPTED, StrategyKind.STRATEGY, null),
                new StrategyFilter(null, null, null, 2027),
                new StrategyFilter(twinA, null, null, null),
                new StrategyFilter(partner, null, null, null),
                new StrategyFilter(partner, LifecycleStatus.IN_HEARING, null, 2024));
        for (boolean internal : new boolean[] {false, true}) {
            for (String q : new String[] {null, marker.toLowerCase(), "fælles titel", "ingen-træf"}) {
                for (StrategyFilter filter : filters) {
                    List<UUID> expected = reference(filter, q, internal);
                    for (int size : new int[] {1, 3, 7, 25}) {
                        int last = expected.size() / size + 1;
                        for (int page = 0; page <= last; page++) {
                            if (page > 4 && page < last - 3) {
                                continue; // a long list: its first and last pages are enough
                            }
                            ListPage<StrategySummary> actual = queries.list(filter, new PageQuery(q, page, size),
                                    internal ? Viewer.InternalScope.EVERYTHING : Viewer.InternalScope.NOTHING);
                            int from = Math.min(page * size, expected.size());
                            assertThat(actual.items()).extracting(StrategySummary::id)
                                    .as("%s q=%s internal=%s page %d of size %d", filter, q, internal, page, size)
                                    .containsExactlyElementsOf(expected.subList(from, Math.min(from + size, expected.size())));
                            assertThat(actual.total()).isEqualTo(expected.size());
                        }
                    }
                }
            }
        }
    }

    private List<UUID> reference(StrategyFilter filter, String q, boolean internal) {
        Integer year = filter.year();
        return new ArrayList<>(jdbc.sql(REFERENCE)
                .param("internal", internal)
                .param("pattern", new PageQuery(q, 0, 1).likePattern())
                .param("org", filter.organisation() == null ? null : filter.organisation().value())
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("kind", filter.kind() == null ? null : filter.kind().name())
                .param("yearStart", year == null ? null : Date.valueOf(LocalDate.of(year, 1, 1)))
                .param("yearEnd", year == null ? null : Date.valueOf(LocalDate.of(year, 12, 31)))
                .query((rs, row) -> rs.getObject("id", UUID.class))
                .list());
    }
}
