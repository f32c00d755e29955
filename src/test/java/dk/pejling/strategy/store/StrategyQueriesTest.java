package dk.pejling.strategy.store;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.Fixtures;
import dk.pejling.IntegrationTest;
import dk.pejling.organisation.OrganisationId;
import dk.pejling.shared.ListPage;
import dk.pejling.shared.PageQuery;
import dk.pejling.strategy.LifecycleStatus;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyFilter;
import dk.pejling.strategy.StrategyKind;
import dk.pejling.strategy.StrategySummary;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The strategy list's SQL on the real database; every test filters on an organisation of its own. */
@IntegrationTest
class StrategyQueriesTest {

    @Autowired
    StrategyQueries queries;
    @Autowired
    Fixtures fixtures;
    OrganisationId org;

    @BeforeEach
    void ownOrganisation() {
        org = fixtures.organisation("Testorganisation " + Fixtures.token()).id();
    }

    private static dk.pejling.shared.Viewer.InternalScope scope(boolean internal) {
        return internal ? dk.pejling.shared.Viewer.InternalScope.EVERYTHING : dk.pejling.shared.Viewer.InternalScope.NOTHING;
    }

    private ListPage<StrategySummary> list(StrategyFilter filter, String q, int page, int size, boolean internal) {
        return queries.list(filter, new PageQuery(q, page, size), scope(internal));
    }

    private List<String> titles(StrategyFilter filter, String q, boolean internal) {
        return list(filter, q, 0, 50, internal).items().stream().map(StrategySummary::title).toList();
    }

    private StrategyFilter byOrg(OrganisationId organisation) {
        return new StrategyFilter(organisation, null, null, null);
    }

    private StrategyFilter year(int year) {
        return new StrategyFilter(org, null, null, year);
    }

    @Test
    void textMatchesTitleOrSummaryIgnoringCase() {
        String token = Fixtures.token();
        fixtures.strategy("Plan " + token.toUpperCase(), org).create();
        fixtures.strategy("Politik uden ordet", org).summary("Resumé med " + token + " i midten").create();
        fixtures.strategy("Noget helt andet", org).summary("Intet her").create();

        assertThat(titles(StrategyFilter.none(), token, true))
                .containsExactlyInAnyOrder("Plan " + token.toUpperCase(), "Politik uden ordet");
    }

    @Test
    void percentAndUnderscoreInTheSearchTextMatchOnlyThemselves() {
        String token = Fixtures.token();
        fixtures.strategy(token + " mål 100% nået", org).create();
        fixtures.strategy(token + " mål 1000 nået", org).create();
        fixtures.strategy(token + " a_b", org).create();
        fixtures.strategy(token + " axb", org).create();

        assertThat(titles(byOrg(org), "100%", true)).containsExactly(token + " mål 100% nået");
        assertThat(titles(byOrg(org), "a_b", true)).containsExactly(token + " a_b");
    }

    @Test
    void organisationMatchesTheOwnerOrAPartner() {
        OrganisationId other = fixtures.organisation("Anden organisation " + Fixtures.token()).id();
        fixtures.strategy("Ejet af org", org).create();
        fixtures.strategy("Org er partner", other).partners(org).create();
        fixtures.strategy("Kun den anden", other).create();

        assertThat(titles(byOrg(org), null, true)).containsExactlyInAnyOrder("Ejet af org", "Org er partner");
        assertThat(titles(byOrg(other), null, true)).containsExactlyInAnyOrder("Org er partner", "Kun den anden");
    }

    @Test
    void statusAndKindFilterTogether() {
        fixtures.strategy("Vedtaget plan", org).kind(StrategyKind.PLAN).status(LifecycleStatus.ADOPTED).create();
        fixtures.strategy("Plan i høring", org).kind(StrategyKind.PLAN).status(LifecycleStatus.IN_HEARING).create();
        fixtures.strategy("Vedtaget politik", org).kind(StrategyKind.POLICY).status(LifecycleStatus.ADOPTED).create();

        assertThat(titles(new StrategyFilter(org, LifecycleStatus.ADOPTED, null, null), null, true))
                .containsExactlyInAnyOrder("Vedtaget plan", "Vedtaget politik");
        assertThat(titles(new StrategyFilter(org, null, StrategyKind.PLAN, null), null, true))
                .containsExactlyInAnyOrder("Vedtaget plan", "Plan i høring");
        assertThat(titles(new StrategyFilter(org, LifecycleStatus.ADOPTED, StrategyKind.PLAN, null), null, true))
                .containsExactly("Vedtaget plan");
        assertThat(titles(new StrategyFilter(org, LifecycleStatus.EXPIRED, null, null), null, true)).isEmpty();
    }

    @Test
    void yearMatchesEveryPeriodThatOverlapsItIncludingOpenEnds() {
        fixtures.strategy("2010-2012", org).period(LocalDate.of(2010, 1, 1), LocalDate.of(2012, 12, 31)).create();
        fixtures.strategy("nytår 2012/13", org).period(LocalDate.of(2012, 12, 31), LocalDate.of(2013, 1, 1)).create();
        fixtures.strategy("fra 2014", org).period(LocalDate.of(2014, 1, 1), null).create();
        fixtures.strategy("til 2011", org).period(null, LocalDate.of(2011, 12, 31)).create();
        fixtures.strategy("uden periode", org).create();

        assertThat(titles(year(2012), null, true)).containsExactlyInAnyOrder("2010-2012", "nytår 2012/13", "uden periode");
        assertThat(titles(year(2013), null, true)).containsExactlyInAnyOrder("nytår 2012/13", "uden periode");
        assertThat(titles(year(2011), null, true)).containsExactlyInAnyOrder("2010-2012", "til 2011", "uden periode");
        assertThat(titles(year(2030), null, true)).containsExactlyInAnyOrder("fra 2014", "uden periode");
        assertThat(titles(year(2009), null, true)).containsExactlyInAnyOrder("til 2011", "uden periode");
    }

    @Test
    void pagesSplitTheMatchesInTitleOrderAndEachPageTellsTheTotal() {
        for (String title : List.of("E", "C", "A", "D", "B")) {
            fixtures.strategy(title, org).create();
        }

        List<List<String>> pages = List.of(0, 1, 2, 3).stream()
                .map(p -> list(byOrg(org), null, p, 2, true))
                .peek(page -> assertThat(page.total()).isEqualTo(5))
                .map(page -> page.items().stream().map(StrategySummary::title).toList())
                .toList();

        assertThat(pages).containsExactly(List.of("A", "B"), List.of("C", "D"), List.of("E"), List.of());
    }

    @Test
    void internalStrategiesAreNeitherListedNorCountedWithoutInternalAccess() {
        Strategy open = fixtures.strategy("Offentlig", org).create();
        Strategy hidden = fixtures.strategy("Intern", org).internal().create();

        ListPage<StrategySummary> anonymous = list(byOrg(org), null, 0, 50, false);
        assertThat(anonymous.items()).extracting(StrategySummary::id).containsExactly(open.id().value());
        assertThat(anonymous.total()).isEqualTo(1);
        assertThat(list(byOrg(org), null, 0, 50, true).total()).isEqualTo(2);

        List<UUID> both = List.of(open.id().value(), hidden.id().value());
        assertThat(queries.summaries(both, scope(false))).extracting(StrategySummary::id).containsExactly(open.id().value());
        assertThat(queries.summaries(both, scope(true))).hasSize(2);
    }

    @Test
    void noStoredStrategyIsInternalInAnAnonymousListWithoutFilters() {
        fixtures.strategy("Intern uden filter " + Fixtures.token(), org).internal().create();

        ListPage<StrategySummary> all = list(StrategyFilter.none(), null, 0, PageQuery.MAX_SIZE, false);

        assertThat(all.items()).isNotEmpty().allSatisfy(s -> assertThat(s.visibility().name()).isEqualTo("PUBLIC"));
    }

    @Test
    void aSummaryCarriesTheOwnersNameAndThePeriod() {
        Strategy s = fixtures.strategy("Med periode", org).period(LocalDate.of(2021, 4, 1), LocalDate.of(2025, 3, 31)).create();

        StrategySummary summary = list(byOrg(org), null, 0, 10, true).items().getFirst();

        assertThat(summary.id()).isEqualTo(s.id().value());
        assertThat(summary.ownerName()).startsWith("Testorganisation ");
        assertThat(summary.periodFrom()).isEqualTo(LocalDate.of(2021, 4, 1));
        assertThat(summary.periodTo()).isEqualTo(LocalDate.of(2025, 3, 31));
    }
}
