package dk.pejling.search.index;

import dk.pejling.search.SearchDocument;
import dk.pejling.search.SearchRequest;
import dk.pejling.search.SearchResults;
import dk.pejling.shared.Viewer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * The search on an OpenSearch cluster ({@code PEJLING_SEARCH_URL}), for more than one Pejling node or a register too
 * large for one machine. The index is created at first start from {@code search/opensearch-index.json}: the same
 * Danish analysis as the embedded index, expressed as OpenSearch analysis settings over the same resource files
 * (which must sit in every node's config directory, see {@link OpenSearchAnalysisFiles}). One shard by default, so
 * the term statistics, and with them the ranking, are those of the embedded index.
 * <p>
 * Writes are durable when the bulk request returns (the translog is synced per request); a refresh then makes them
 * searchable, as the embedded index's commit and searcher refresh do.
 */
public final class OpenSearchSearchIndex implements SearchIndex {

    private static final int BULK_SIZE = 500;

    private final OpenSearchTransport transport;
    private final OpenSearchClient client;
    private final String name;
    private final Analyzer words = Analyzers.words();
    private final List<BulkOperation> pending = new ArrayList<>();

    /**
     * @param url      the cluster, e.g. {@code http://localhost:9200}
     * @param name     the index's name
     * @param username with {@code password}: basic authentication, or null
     */
    public OpenSearchSearchIndex(String url, String name, String username, String password) {
        this.name = name;
        HttpHost host = host(url);
        ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(host)
                .setMapper(new JacksonJsonpMapper());
        if (username != null && !username.isBlank()) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(new AuthScope(host),
                    new UsernamePasswordCredentials(username, password == null ? new char[0] : password.toCharArray()));
            builder.setHttpClientConfigCallback(http -> http.setDefaultCredentialsProvider(credentials));
        }
        this.transport = builder.build();
        this.client = new OpenSearchClient(transport);
        createIfMissing();
    }

    private static HttpHost host(String url) {
        URI uri = URI.create(url.strip());
        return new HttpHost(uri.getScheme() == null ? "http" : uri.getScheme(), uri.getHost(),
                uri.getPort() < 0 ? 9200 : uri.getPort());
    }

    private void createIfMissing() {
        try {
            if (client.indices().exists(e -> e.index(name)).value()) {
                return;
            }
            // the settings as committed, sent as they are (the typed builders would restate them field by field)
            String json = new String(OpenSearchAnalysisFiles.resource("opensearch-index.json"), StandardCharsets.UTF_8);
            try (Response created = client.generic().execute(
                    Requests.builder().method("PUT").endpoint("/" + name).json(json).build())) {
                if (created.getStatus() / 100 != 2) {
                    throw new IllegalStateException("OpenSearch refused the index " + name + ": "
                            + created.getBody().map(b -> b.bodyAsString()).orElse("" + created.getStatus()));
                }
            }
            client.cluster().health(h -> h.index(name).waitForActiveShards(w -> w.count(1)));
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenSearch index " + name + " could not be opened", e);
        }
    }

    @Override
    public synchronized void replace(String source, String key, List<SearchDocument> documents) {
        try {
            List<String> kept = new ArrayList<>();
            for (SearchDocument d : documents) {
                kept.add(OpenSearchDocuments.documentId(source, key, d));
                pending.add(indexOperation(source, key, d));
            }
            flush();
            // the key's other documents go only after the new ones are written: no moment without them
            client.deleteByQuery(d -> d.index(name).conflicts(org.opensearch.client.opensearch._types.Conflicts.Proceed)
                    .refresh(Refresh.True)
                    .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field(Fields.KEY).value(FieldValue.of(Fields.key(source, key)))))
                            .mustNot(n -> n.ids(i -> i.values(kept))))));
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be updated", e);
        }
    }

    @Override
    public synchronized void clear() {
        try {
            pending.clear();
            client.deleteByQuery(d -> d.index(name).conflicts(org.opensearch.client.opensearch._types.Conflicts.Proceed)
                    .refresh(Refresh.True).query(q -> q.matchAll(m -> m)));
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be cleared", e);
        }
    }

    /**
     * Writes a key's documents during a rebuild, in bulk requests of {@value #BULK_SIZE}. The ids are fixed per key and
     * document, so an event handled during the rebuild overwrites rather than doubles a document.
     */
    @Override
    public synchronized void add(String source, String key, List<SearchDocument> documents) {
        for (SearchDocument d : documents) {
            pending.add(indexOperation(source, key, d));
        }
        if (pending.size() >= BULK_SIZE) {
            try {
                flush();
            } catch (IOException e) {
                throw new UncheckedIOException("the search index could not be updated", e);
            }
        }
    }

    @Override
    public synchronized void commit() {
        try {
            flush();
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be committed", e);
        }
    }

    private BulkOperation indexOperation(String source, String key, SearchDocument d) {
        Map<String, Object> doc = OpenSearchDocuments.toSource(source, key, d);
        String id = OpenSearchDocuments.documentId(source, key, d);
        return BulkOperation.of(b -> b.index(i -> i.index(name).id(id).document(doc)));
    }

    private void flush() throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        List<BulkOperation> batch = List.copyOf(pending);
        pending.clear();
        BulkResponse response = client.bulk(b -> b.index(name).operations(batch));
        if (response.errors()) {
            String reason = response.items().stream().filter(i -> i.error() != null).findFirst()
                    .map(i -> i.error().reason()).orElse("unknown");
            throw new IllegalStateException("the search index refused a document: " + reason);
        }
    }

    private void refresh() throws IOException {
        client.indices().refresh(r -> r.index(name));
    }

    @Override
    public boolean isEmpty() {
        return documentCount() == 0;
    }

    @Override
    public long documentCount() {
        try {
            return client.count(c -> c.index(name)).count();
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be counted", e);
        }
    }

    @Override
    public SearchResults search(SearchRequest request, Viewer viewer) {
        try {
            return new OpenSearchSearch(client, name, words, request, viewer).run();
        } catch (IOException e) {
            throw new UncheckedIOException("the search failed", e);
        }
    }

    /** Removes the whole index (tests and the benchmark). */
    public void drop() {
        try {
            client.indices().delete(d -> d.index(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    @Override
    public void close() throws IOException {
        words.close();
        transport.close();
    }
}
