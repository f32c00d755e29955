package dk.pejling.search.index;

import dk.pejling.search.SearchDocument;
import dk.pejling.search.SearchRequest;
import dk.pejling.search.SearchResults;
import dk.pejling.shared.Viewer;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The embedded Lucene index under the data dir: one writer, searchers refreshed after each change.
 * Each change replaces all documents of one source key and commits before returning, so the event that
 * asked for it is completed only once the index holds it on disk.
 */
public final class LuceneSearchIndex implements SearchIndex {

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer queryAnalyzer = Analyzers.forQueries();
    private final Analyzer indexAnalyzer;
    private final FacetStates facetStates = new FacetStates();
    private final Highlighters highlighters = new Highlighters(queryAnalyzer);

    /** The commit data key under which the index records its {@link Fields#LAYOUT_VERSION}. */
    private static final String LAYOUT = "pejling.layout";

    /** An index on disk, or in memory when the path is null (tests, the evaluation). */
    public LuceneSearchIndex(Path path) {
        try {
            if (path == null) {
                this.directory = new ByteBuffersDirectory();
            } else {
                Files.createDirectories(path);
                this.directory = FSDirectory.open(path);
            }
            this.indexAnalyzer = Analyzers.forIndexing();
            // an index of another layout is started afresh (empty), so the start-up rebuilds it
            IndexWriterConfig.OpenMode mode = sameLayout(directory)
                    ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE;
            IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer).setOpenMode(mode);
            this.writer = new IndexWriter(directory, config);
            writer.setLiveCommitData(Map.of(LAYOUT, Fields.LAYOUT_VERSION).entrySet());
            this.searchers = new SearcherManager(writer, new SearcherFactory());
        } catch (IOException e) {
            throw new UncheckedIOException("the search index at " + path + " could not be opened", e);
        }
    }

    private static boolean sameLayout(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return true;
        }
        Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
        return Fields.LAYOUT_VERSION.equals(data.get(LAYOUT));
    }

    /** Replaces every document of one source key with these (none: the key's documents are removed). */
    @Override
    public void replace(String source, String key, List<SearchDocument> documents) {
        try {
            put(source, key, documents);
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be updated", e);
        }
    }

    /** Starts a rebuild: removes everything; the caller then adds every source's documents and commits. */
    @Override
    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be cleared", e);
        }
    }

    /**
     * Replaces a key's documents without committing, for a rebuild; {@link #commit()} ends it. Atomic per key,
     * so an event handled during a rebuild never leaves a key's documents twice.
     */
    @Override
    public void add(String source, String key, List<SearchDocument> documents) {
        try {
            put(source, key, documents);
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be updated", e);
        }
    }

    private void put(String source, String key, List<SearchDocument> documents) throws IOException {
        List<Document> docs = new ArrayList<>(documents.size());
        for (SearchDocument d : documents) {
            docs.add(Fields.FACETS.build(Fields.toLucene(source, key, d)));
        }
        Term term = new Term(Fields.KEY, Fields.key(source, key));
        if (docs.isEmpty()) {
            writer.deleteDocuments(term); // an update with no documents upsets the writer's accounting
        } else {
            writer.updateDocuments(term, docs);
        }
    }

    @Override
    public void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be committed", e);
        }
    }

    /** Whether the index has never been built (a new data dir, or one from before the search existed). */
    @Override
    public boolean isEmpty() {
        return writer.getDocStats().numDocs == 0;
    }

    @Override
    public long documentCount() {
        return writer.getDocStats().numDocs;
    }

    @Override
    public SearchResults search(SearchRequest request, Viewer viewer) {
        IndexSearcher searcher = acquire();
        try {
            return new Search(searcher, queryAnalyzer, request, viewer, facetStates, highlighters).run();
        } catch (IOException e) {
            throw new UncheckedIOException("the search failed", e);
        } finally {
            release(searcher);
        }
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reader of the index as it is now, for the evaluation and the benchmark (the caller closes it). */
    public DirectoryReader reader() throws IOException {
        return DirectoryReader.open(writer);
    }

    @Override
    public void close() throws IOException {
        List<Closeable> parts = new ArrayList<>(List.of(searchers, writer, directory));
        IOException failure = null;
        for (Closeable part : parts) {
            try {
                part.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
