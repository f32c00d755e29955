package dk.pejling.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class DocSampleQueryTest {

    @Test
    void takesAboutOneDocumentInStepAtIrregularGapsTheSameEachTime() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
                for (int i = 0; i < 20_000; i++) {
                    writer.addDocument(new Document());
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                assertThat(searcher.count(new DocSampleQuery(1))).isEqualTo(20_000);
                List<Integer> sample = docs(searcher, new DocSampleQuery(10));
                assertThat(sample.size()).isBetween(1_800, 2_200);
                assertThat(docs(searcher, new DocSampleQuery(10))).isEqualTo(sample);
                List<Integer> gaps = new ArrayList<>();
                for (int i = 1; i < sample.size(); i++) {
                    gaps.add(sample.get(i) - sample.get(i - 1));
                }
                assertThat(gaps).allSatisfy(g -> assertThat(g).isBetween(1, 19));
                assertThat(gaps.stream().distinct().count()).as("not a fixed stride").isGreaterThan(10);
            }
        }
        assertThatThrownBy(() -> new DocSampleQuery(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Integer> docs(IndexSearcher searcher, DocSampleQuery query) throws Exception {
        List<Integer> docs = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, 100_000, org.apache.lucene.search.Sort.INDEXORDER).scoreDocs) {
            docs.add(hit.doc);
        }
        return docs;
    }
}
