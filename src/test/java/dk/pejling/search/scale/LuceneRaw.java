package dk.pejling.search.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Lucene with one analyser and nothing else: one text field, the query's words OR-ed (BM25), the top ten from a
 * plain IndexSearcher. Used for the stock StandardAnalyzer and DanishAnalyzer and for Pejling's analysis alone.
 */
final class LuceneRaw implements BenchSystem {

    private final String name;
    private final Path dir;
    private final Analyzer indexing;
    private final Analyzer querying;
    private FSDirectory directory;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    LuceneRaw(String name, Path dir, Analyzer indexing, Analyzer querying) {
        this.name = name;
        this.dir = dir;
        this.indexing = indexing;
        this.querying = querying;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void index(Iterable<Passage> passages) throws IOException {
        Files.createDirectories(dir);
        directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(indexing).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(128);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Passage p : passages) {
                Document doc = new Document();
                doc.add(new StringField("id", p.id(), Field.Store.YES));
                doc.add(new TextField("text", p.text(), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @Override
    public List<String> search(String query) throws IOException {
        Query q = new QueryBuilder(querying).createBooleanQuery("text", query, BooleanClause.Occur.SHOULD);
        List<String> ids = new ArrayList<>();
        if (q == null) {
            return ids;
        }
        for (ScoreDoc hit : searcher.search(q, 10).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get("id"));
        }
        return ids;
    }

    @Override
    public long sizeBytes() throws IOException {
        return size(dir);
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        if (directory != null) {
            directory.close();
        }
        indexing.close();
        if (querying != indexing) {
            querying.close();
        }
    }
}
