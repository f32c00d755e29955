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
import org.junit.jupiter.api.Test;

/** The index without Spring: replacing a key's documents, and who finds what. */
class LuceneSearchIndexTest {

    private final LuceneSearchIndex index = new LuceneSearchIndex(null);
    private final UUID internal = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();

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
        assertThat(outsiders.facets().get("strategy")).extracting(SearchResults.FacetValue::value)
                .doesNotContain(internal.toString());
    }

    @Test
    void thePublicNeitherMatchesNorSeesAMarkedName() {
        index.replace("s", "k", List.of(doc("1", "Tryghedsvandring med [[Jens Hansen]]", Access.everyone())));
        SearchResults anonymous = index.search(new SearchRequest("tryghedsvandring", null, null, null, null, 0, 10),
                Viewer.anonymous());
        assertThat(anonymous.items()).singleElement().satisfies(i -> assertThat(i.snippet()).contains("[person 1]")
                .doesNotContain("Hansen"));
        assertThat(total("Hansen", Viewer.anonymous())).isZero();
        assertThat(total("Hansen", new Viewer(UUID.randomUUID(), null, Set.of(Viewer.READER), "r"))).isEqualTo(1);
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

    private SearchDocument doc(String id, String text, Access access) {
        List<Ref> strategies = access.strategies().stream().map(s -> new Ref(s, "Plan " + s, false)).toList();
        return new SearchDocument(SearchType.GOAL, id, "Mål " + id, text, "/maal/" + id, access, strategies, List.of(), 2018);
    }
}
