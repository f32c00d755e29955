package dk.pejling.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.search.SearchDocument;
import dk.pejling.search.SearchDocument.Access;
import dk.pejling.search.SearchDocument.Ref;
import dk.pejling.search.SearchRequest;
import dk.pejling.search.SearchResults;
import dk.pejling.search.SearchType;
import dk.pejling.shared.Viewer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Above a thousand hits the embedded index counts "over 1.000" and estimates its facets from a sample of the hits:
 * the estimates stay near the true counts, and the sample is drawn inside the viewer's reach, so an internal
 * strategy's records never show in an anonymous visitor's facets however many of them match.
 */
class LuceneLargeHitListTest {

    /** Each batch: two public goals, one public initiative, three internal cases, all with the same word. */
    private static final int BATCHES = 900;
    private static final int PUBLIC_GOALS = 2 * BATCHES;
    private static final int PUBLIC_INITIATIVES = BATCHES;
    private static final int INTERNAL_CASES = 3 * BATCHES;

    private final UUID secret = UUID.randomUUID();
    private LuceneSearchIndex index;

    @BeforeEach
    void fill() {
        index = new LuceneSearchIndex(null);
        int n = 0;
        // a repeating pattern, as a rebuild makes one: per strategy a few goals, an initiative, internal cases
        for (int b = 0; b < BATCHES; b++) {
            List<SearchDocument> batch = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                batch.add(doc(n++, SearchType.GOAL, Access.everyone(), List.of(), 2018));
            }
            batch.add(doc(n++, SearchType.INITIATIVE, Access.everyone(), List.of(), 2019));
            for (int i = 0; i < 3; i++) {
                batch.add(doc(n++, SearchType.CASE, Access.readersOf(List.of(secret)),
                        List.of(new Ref(secret, "Hemmelig plan", false)), 2020));
            }
            index.add("bench", "k" + n, batch);
        }
        index.commit();
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void overAThousandHitsTheTotalIsALowerBoundAndTheFacetsAreEstimatesNearTheTruth() {
        SearchResults results = search(Viewer.anonymous());
        assertThat(results.total()).isEqualTo(1000);
        assertThat(results.totalExact()).isFalse();
        assertThat(results.facetsExact()).isFalse();
        Map<String, Long> types = counts(results, "type");
        assertThat(types.keySet()).containsExactlyInAnyOrder("goal", "initiative");
        assertThat(types.get("goal")).isBetween((long) (PUBLIC_GOALS * 0.8), (long) (PUBLIC_GOALS * 1.2));
        assertThat(types.get("initiative")).isBetween((long) (PUBLIC_INITIATIVES * 0.75), (long) (PUBLIC_INITIATIVES * 1.25));
        assertThat(counts(results, "year").keySet()).containsExactlyInAnyOrder("2018", "2019");
        assertThat(results.items()).hasSize(10).allSatisfy(i -> assertThat(i.type()).isNotEqualTo("case"));
    }

    @Test
    void theSampledFacetsNeverCountARecordOutsideTheViewersReach() {
        for (Viewer outside : List.of(Viewer.anonymous(), new Viewer(UUID.randomUUID(), null, Set.of(Viewer.READER), "r"))) {
            SearchResults results = search(outside);
            assertThat(results.facets().get("type")).extracting(SearchResults.FacetValue::value).doesNotContain("case");
            assertThat(results.facets().get("strategy")).isEmpty();
            assertThat(results.facets().get("year")).extracting(SearchResults.FacetValue::value).doesNotContain("2020");
        }
        Viewer admin = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.ADMIN), "a");
        SearchResults all = search(admin);
        assertThat(counts(all, "type").get("case")).isBetween((long) (INTERNAL_CASES * 0.8), (long) (INTERNAL_CASES * 1.2));
        assertThat(all.facets().get("strategy")).extracting(SearchResults.FacetValue::label).containsExactly("Hemmelig plan");
    }

    @Test
    void aFilterThatLeavesAThousandHitsOrFewerCountsThemAndTheirFacetsExactly() {
        SearchResults initiatives = index.search(new SearchRequest("tryghed", SearchType.INITIATIVE, null, null, null, 0, 10),
                Viewer.anonymous());
        assertThat(initiatives.total()).isEqualTo(PUBLIC_INITIATIVES);
        assertThat(initiatives.totalExact()).isTrue();
        assertThat(initiatives.facetsExact()).isTrue();
        assertThat(counts(initiatives, "year")).isEqualTo(Map.of("2019", (long) PUBLIC_INITIATIVES));
        SearchResults one = index.search(new SearchRequest("nummer7", null, null, null, null, 0, 10), Viewer.anonymous());
        assertThat(one.total()).isEqualTo(1);
        assertThat(one.totalExact()).isTrue();
    }

    @Test
    void aDeepPageIsCountedAtLeastAsFarAsItReaches() {
        SearchResults page = index.search(new SearchRequest("tryghed", null, null, null, null, 59, 20), Viewer.anonymous());
        assertThat(page.items()).hasSize(20);
        assertThat(page.total()).isEqualTo(1200); // counted as far as the page reaches
        assertThat(page.totalExact()).isFalse();
    }

    private SearchResults search(Viewer viewer) {
        return index.search(new SearchRequest("tryghed", null, null, null, null, 0, 10), viewer);
    }

    private static Map<String, Long> counts(SearchResults results, String dim) {
        return results.facets().get(dim).stream()
                .collect(Collectors.toMap(SearchResults.FacetValue::value, SearchResults.FacetValue::count));
    }

    private static SearchDocument doc(int n, SearchType type, Access access, List<Ref> strategies, int year) {
        return new SearchDocument(type, "" + n, "Punkt " + n, "Tryghed i boligområdet, nummer" + n, "/x/" + n, access,
                strategies, List.of(), year);
    }
}
