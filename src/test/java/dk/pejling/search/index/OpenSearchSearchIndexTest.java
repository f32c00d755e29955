package dk.pejling.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.pejling.search.SearchDocument;
import dk.pejling.search.SearchRequest;
import dk.pejling.search.SearchResults;
import dk.pejling.search.SearchType;
import dk.pejling.search.eval.EvalCollection;
import dk.pejling.shared.Viewer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The OpenSearch backend passes the same search contract as the embedded index, on a real node
 * ({@link OpenSearchTestNode}), and ranks the evaluation collection as the embedded index does. Tagged
 * {@code opensearch}: the node takes half a minute to start, so the default run leaves it out; run it with
 * <pre>./mvnw -B -DskipNpm=true test -Dtest='OpenSearch*Test' -Dtest.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@Tag("opensearch")
class OpenSearchSearchIndexTest extends SearchIndexContract {

    @Override
    protected SearchIndex newIndex() {
        return new OpenSearchSearchIndex(OpenSearchTestNode.url(), OpenSearchTestNode.indexName("contract"), null, null);
    }

    @AfterEach
    void drop() {
        ((OpenSearchSearchIndex) index).drop();
    }

    @Test
    void ranksTheEvaluationCollectionAsTheEmbeddedIndexDoes() throws Exception {
        EvalCollection eval = EvalCollection.load();
        try (LuceneSearchIndex embedded = new LuceneSearchIndex(null)) {
            for (EvalCollection.Passage p : eval.passages()) {
                List<SearchDocument> docs = List.of(new SearchDocument(SearchType.DOCUMENT, p.id(), "", p.text(),
                        "/b/" + p.id(), SearchDocument.Access.everyone(), List.of(), List.of(), 2018));
                embedded.add("eval", p.id(), docs);
                index.add("eval", p.id(), docs);
            }
            embedded.commit();
            index.commit();
            Map<String, List<String>> onLucene = new LinkedHashMap<>();
            Map<String, List<String>> onOpenSearch = new LinkedHashMap<>();
            int identical = 0;
            for (EvalCollection.QueryLine q : eval.queries()) {
                List<String> a = top10(embedded, q.text());
                List<String> b = top10(index, q.text());
                identical += a.equals(b) ? 1 : 0;
                onLucene.put(q.id(), a);
                onOpenSearch.put(q.id(), b);
            }
            assertThat(identical).as("queries with the same top ten in the same order")
                    .isGreaterThanOrEqualTo(eval.queries().size() * 9 / 10);
            for (String stratum : EvalCollection.STRATA) {
                assertThat(eval.score(onOpenSearch, stratum)[0]).as("Recall@10 of " + stratum)
                        .isCloseTo(eval.score(onLucene, stratum)[0], within(0.01));
                assertThat(eval.score(onOpenSearch, stratum)[1]).as("nDCG@10 of " + stratum)
                        .isCloseTo(eval.score(onLucene, stratum)[1], within(0.01));
            }
        }
    }

    private static List<String> top10(SearchIndex on, String q) {
        return on.search(new SearchRequest(q, null, null, null, null, 0, 10), Viewer.anonymous()).items().stream()
                .map(SearchResults.Item::id).toList();
    }
}
