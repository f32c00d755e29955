package dk.pejling.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The OpenSearch settings: which backend they select, and a password that never shows. */
class SearchPropertiesTest {

    @Test
    void aUrlSelectsOpenSearchAndThePasswordIsNeverPrinted() {
        SearchProperties embedded = new SearchProperties(null, null, " ", null, null, null);
        SearchProperties cluster = new SearchProperties(null, null, "http://search1:9200", null, "pejling", "hemmeligt");
        assertThat(embedded.onOpenSearch()).isFalse();
        assertThat(embedded.indexName()).isEqualTo("pejling");
        assertThat(cluster.onOpenSearch()).isTrue();
        assertThat(cluster.toString()).contains("http://search1:9200", "username=pejling").doesNotContain("hemmeligt");
    }
}
