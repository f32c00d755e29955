package dk.pejling.search.index;

import org.junit.jupiter.api.Tag;

/**
 * The OpenSearch backend passes the same search contract as the embedded index, on a real node
 * ({@link OpenSearchTestNode}). Tagged {@code opensearch}: the node takes half a minute to start, so the default
 * run leaves it out; run it with
 * <pre>./mvnw -B -DskipNpm=true test -Dtest='OpenSearch*Test' -Dtest.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@Tag("opensearch")
class OpenSearchSearchIndexTest extends SearchIndexContract {

    @Override
    protected SearchIndex newIndex() {
        return new OpenSearchSearchIndex(OpenSearchTestNode.url(), OpenSearchTestNode.indexName("contract"), null, null);
    }

    @org.junit.jupiter.api.AfterEach
    void drop() {
        ((OpenSearchSearchIndex) index).drop();
    }
}
