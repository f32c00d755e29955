package dk.pejling.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.search.SearchDocument;
import dk.pejling.search.SearchDocument.Access;
import dk.pejling.search.SearchDocument.Ref;
import dk.pejling.search.SearchRequest;
import dk.pejling.search.SearchResults;
import dk.pejling.search.SearchType;
import dk.pejling.shared.Viewer;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SearchIndex} must do, run against each backend (the embedded Lucene index in
 * {@link LuceneSearchIndexTest}, OpenSearch in {@link OpenSearchSearchIndexTest}): replacing a key's documents,
 * the Danish analysis (compounds, inflection, aa/å), who finds what (results, totals, facets, snippets,
 * suggestions), filters and pages.
 */
abstract class SearchIndexContract {

    protected SearchIndex index;
    private final UUID internal = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();

    /** A new, empty index. */
    protected abstract SearchIndex newIndex();

    @BeforeEach
    void open() {
        index = newIndex();
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void replacingAKeyLeavesOnlyItsNewDocuments() {
        index.replace("s", "k", List.of(doc("1", "Beskæftigelsesindsatsen", Access.everyone())));
        index.replace("s", "k", List.of(doc("2", "Tryghedsvandringer", Access.everyone())));
        index.add("s", "k", List.of(doc("2", "Tryghedsvandringer", Access.everyone())));
        index.commit();
        assertThat(total("indsats", Viewer.anonymous())).isZero();
        assertThat(total("tryghed", Viewer.anonymous())).isEqualTo(1);
        index.replace("s", "k", List.of());
        assertThat(total("tryghed", Viewer.anonymous())).isZero();
        assertThat(index.isEmpty()).isTrue();
    }

    @Test
    void aRebuildReplacesEverything() {
        index.replace("s", "old", List.of(doc("1", "Boligforeningen", Access.everyone())));
        index.clear();
        index.add("s", "a", List.of(doc("2", "Boligområdet", Access.everyone()), doc("3", "Bolig", Access.everyone())));
        index.commit();
        assertThat(index.documentCount()).isEqualTo(2);
        assertThat(ids("bolig", Viewer.anonymous())).containsExactlyInAnyOrder("2", "3");
    }

    @Test
    void findsPartsOfCompoundsInflectionsAndOldSpellings() {
        index.replace("s", "a", List.of(doc("1", "Beskæftigelsesindsatsen i Aalborg", Access.everyone())));
        index.replace("s", "b", List.of(doc("2", "Kriminalitetsforebyggelse", Access.everyone())));
        index.replace("s", "c", List.of(doc("3", "En ny indsats", Access.everyone())));
        assertThat(ids("indsats", Viewer.anonymous())).containsExactlyInAnyOrder("1", "3");
        assertThat(ids("indsatsen", Viewer.anonymous())).contains("3");
        assertThat(ids("Ålborg", Viewer.anonymous())).containsExactly("1");
        assertThat(ids("forebyggelse", Viewer.anonymous())).containsExactly("2");
        assertThat(ids("og i", Viewer.anonymous())).as("stop words only find nothing").isEmpty();
    }

    @Test
    void ranksAWholeWordMatchInTheTitleFirst() {
        index.replace("s", "a", List.of(new SearchDocument(SearchType.GOAL, "1", "Andet", "Tryghed nævnes her, blandt meget andet om skoler",
                "/maal/1", Access.everyone(), List.of(), List.of(), 2018)));
        index.replace("s", "b", List.of(new SearchDocument(SearchType.GOAL, "2", "Tryghed", "Om skoler",
                "/maal/2", Access.everyone(), List.of(), List.of(), 2018)));
        assertThat(ids("tryghed", Viewer.anonymous())).containsExactly("2", "1");
    }

    @Test
    void internalDocumentsAreFoundByReadersOfTheirStrategyOnly() {
        index.replace("s", "a", List.of(doc("1", "Tryghedsvandringer i området", Access.readersOf(List.of(internal)))));
        index.replace("s", "b", List.of(doc("2", "Trygheden i boligforeningen", Access.signedInUsers())));
        Viewer reader = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.READER), "r",
                new Viewer.Scope(Set.of(internal), Set.of(), Set.of()));
        Viewer outsider = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.READER), "o",
                new Viewer.Scope(Set.of(other), Set.of(), Set.of()));
        Viewer admin = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.ADMIN), "a");
        assertThat(total("tryghed", reader)).isEqualTo(2);
        assertThat(total("tryghed", outsider)).isEqualTo(1);
        assertThat(total("tryghed", admin)).isEqualTo(2);
        assertThat(total("tryghed", Viewer.anonymous())).isZero();
        SearchResults outsiders = index.search(new SearchRequest("", null, null, null, null, 0, 10), outsider);
        assertThat(outsiders.total()).isEqualTo(1);
        assertThat(outsiders.facets().get("strategy")).extracting(SearchResults.FacetValue::value)
                .doesNotContain(internal.toString());
        SearchResults readers = index.search(new SearchRequest("", null, null, null, null, 0, 10), reader);
        assertThat(readers.facets().get("strategy")).extracting(SearchResults.FacetValue::value)
                .containsExactly(internal.toString());
    }

    @Test
    void suggestionsNeverOfferAWordFromADocumentTheViewerCannotRead() {
        index.replace("s", "a", List.of(doc("1", "Hemmeligholdelse", Access.readersOf(List.of(internal)))));
        index.replace("s", "b", List.of(doc("2", "Offentlighed", Access.everyone())));
        assertThat(index.search(new SearchRequest("hemmeligholdelsen", null, null, null, null, 0, 10), Viewer.anonymous())
                .suggestion()).isNull();
        assertThat(index.search(new SearchRequest("hemmeligholdelze", null, null, null, null, 0, 10),
                new Viewer(UUID.randomUUID(), null, Set.of(Viewer.ADMIN), "a")).suggestion()).isEqualTo("hemmeligholdelse");
    }

    @Test
    void thePublicNeitherMatchesNorSeesAMarkedName() {
        index.replace("s", "k", List.of(doc("1", "Tryghedsvandring med [[Jens Hansen]]", Access.everyone())));
        SearchResults anonymous = index.search(new SearchRequest("tryghedsvandring", null, null, null, null, 0, 10),
                Viewer.anonymous());
        assertThat(anonymous.items()).singleElement().satisfies(i -> assertThat(i.snippet()).contains("[person 1]")
                .contains("<mark>").doesNotContain("Hansen"));
        assertThat(total("Hansen", Viewer.anonymous())).isZero();
        assertThat(total("Hansen", new Viewer(UUID.randomUUID(), null, Set.of(Viewer.READER), "r"))).isEqualTo(1);
    }

    @Test
    void snippetsEscapeTheTextAndMarkTheWordsFound() {
        index.replace("s", "k", List.of(doc("1", "Trygheden <b>stiger</b> i boligområderne", Access.everyone())));
        SearchResults.Item item = index.search(new SearchRequest("boligområde", null, null, null, null, 0, 10),
                Viewer.anonymous()).items().getFirst();
        assertThat(item.snippet()).contains("<mark>boligområderne</mark>").contains("&lt;b&gt;").doesNotContain("<b>");
        assertThat(item).extracting(SearchResults.Item::type, SearchResults.Item::id, SearchResults.Item::url)
                .containsExactly("goal", "1", "/maal/1");
        assertThat(item.title()).isEqualTo("Mål 1");
    }

    @Test
    void filtersFacetsAndPagesCountTheSameHits() {
        for (int i = 0; i < 7; i++) {
            SearchType type = i < 5 ? SearchType.GOAL : SearchType.INITIATIVE;
            index.replace("s", "k" + i, List.of(new SearchDocument(type, "" + i, "Bolig " + i, "Boligsocial indsats",
                    "/x/" + i, Access.everyone(), List.of(), List.of(), 2017 + i % 2)));
        }
        SearchResults all = index.search(new SearchRequest("bolig", null, null, null, null, 1, 3), Viewer.anonymous());
        assertThat(all.total()).isEqualTo(7);
        assertThat(all.items()).hasSize(3);
        assertThat(all.facets().get("type")).extracting(SearchResults.FacetValue::value, SearchResults.FacetValue::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("goal", 5L), org.assertj.core.groups.Tuple.tuple("initiative", 2L));
        assertThat(all.facets().get("year")).extracting(SearchResults.FacetValue::value, SearchResults.FacetValue::count)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("2017", 4L), org.assertj.core.groups.Tuple.tuple("2018", 3L));
        SearchResults initiatives = index.search(new SearchRequest("bolig", SearchType.INITIATIVE, null, null, 2017, 0, 10),
                Viewer.anonymous());
        assertThat(initiatives.items()).extracting(SearchResults.Item::id).containsExactly("6");
    }

    @Test
    void overAThousandHitsTheTotalSaysOverAndFewerAreCountedExactly() {
        List<SearchDocument> many = new java.util.ArrayList<>();
        for (int i = 0; i < 1100; i++) {
            SearchType type = i < 100 ? SearchType.INITIATIVE : SearchType.GOAL;
            many.add(new SearchDocument(type, "" + i, "Bolig " + i, "Boligsocial indsats", "/x/" + i, Access.everyone(),
                    List.of(), List.of(), 2018));
        }
        index.add("s", "many", many);
        index.commit();
        SearchResults all = index.search(new SearchRequest("bolig", null, null, null, null, 0, 10), Viewer.anonymous());
        assertThat(all.total()).isEqualTo(1000);
        assertThat(all.totalExact()).isFalse();
        SearchResults initiatives = index.search(new SearchRequest("bolig", SearchType.INITIATIVE, null, null, null, 0, 10),
                Viewer.anonymous());
        assertThat(initiatives.total()).isEqualTo(100);
        assertThat(initiatives.totalExact()).isTrue();
        assertThat(initiatives.facetsExact()).isTrue();
    }

    @Test
    void suggestsTheClosestVisibleWordForAMisspeltQuery() {
        index.replace("s", "k", List.of(doc("1", "Pasningsgarantien gælder fra 2018", Access.everyone())));
        SearchResults results = index.search(new SearchRequest("pasningsgarentien", null, null, null, null, 0, 10),
                Viewer.anonymous());
        assertThat(results.suggestion()).isEqualTo("pasningsgarantien");
    }

    private long total(String q, Viewer viewer) {
        return index.search(new SearchRequest(q, null, null, null, null, 0, 10), viewer).total();
    }

    private List<String> ids(String q, Viewer viewer) {
        return index.search(new SearchRequest(q, null, null, null, null, 0, 10), viewer).items().stream()
                .map(SearchResults.Item::id).toList();
    }

    private SearchDocument doc(String id, String text, Access access) {
        List<Ref> strategies = access.strategies().stream().map(s -> new Ref(s, "Plan " + s, false)).toList();
        return new SearchDocument(SearchType.GOAL, id, "Mål " + id, text, "/maal/" + id, access, strategies, List.of(), 2018);
    }
}
