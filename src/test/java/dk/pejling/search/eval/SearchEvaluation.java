package dk.pejling.search.eval;

import dk.pejling.search.analysis.PejlingDanishAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
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
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Danish search evaluation (issue 15): the committed collection in {@code search-eval/} (passages,
 * queries in four strata, graded TREC qrels; see {@code bin/search-eval-collection.py} for how it was made)
 * run against Lucene's stock DanishAnalyzer, PostgreSQL's {@code danish} configuration and Pejling's
 * analysis, printing Recall@10, nDCG@10, MRR and the zero-result rate per stratum. Words are OR-ed in every
 * system (BM25 in Lucene, ts_rank_cd in PostgreSQL). Run:
 * <pre>./mvnw -B -q -DskipNpm=true test -Dtest=SearchEvaluation -Dtest.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * PostgreSQL is read from {@code PEJLING_EVAL_PG_URL} (default: the local server's database {@code test});
 * without a server that row is left out.
 */
@Tag("benchmark")
class SearchEvaluation {

    record Passage(String id, String text) {
    }

    record QueryLine(String id, String stratum, String text) {
    }

    @Test
    void printTheMetrics() throws Exception {
        List<Passage> passages = new ArrayList<>();
        for (String line : lines("passages.tsv")) {
            String[] f = line.split("\t", 3);
            passages.add(new Passage(f[0], f[2]));
        }
        List<QueryLine> queries = new ArrayList<>();
        for (String line : lines("queries.tsv")) {
            String[] f = line.split("\t", 3);
            queries.add(new QueryLine(f[0], f[1], f[2]));
        }
        Map<String, Map<String, Integer>> qrels = new HashMap<>();
        for (String line : lines("qrels.txt")) {
            String[] f = line.trim().split("\\s+");
            qrels.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[2], Integer.parseInt(f[3]));
        }
        System.out.printf("%n%d passages, %d queries, %d judgements%n", passages.size(), queries.size(),
                qrels.values().stream().mapToInt(Map::size).sum());
        Map<String, Map<String, List<String>>> runs = new LinkedHashMap<>();
        try (Analyzer stock = new DanishAnalyzer()) {
            runs.put("Lucene DanishAnalyzer", lucene(passages, queries, stock, stock));
        }
        try (Analyzer index = new PejlingDanishAnalyzer(); Analyzer query = PejlingDanishAnalyzer.forQueries()) {
            runs.put("Pejling analysis", lucene(passages, queries, index, query));
        }
        Map<String, List<String>> pg = postgres(passages, queries);
        if (pg != null) {
            runs.put("PostgreSQL danish", pg);
        }
        System.out.printf("%n%-24s %-9s %9s %9s %7s %9s%n", "system", "stratum", "Recall@10", "nDCG@10", "MRR", "zero-res");
        for (var run : runs.entrySet()) {
            for (String stratum : List.of("base", "compound", "variant", "multi", "all")) {
                List<QueryLine> selected = queries.stream().filter(q -> stratum.equals("all") || q.stratum().equals(stratum)).toList();
                double recall = 0, ndcg = 0, mrr = 0, zero = 0;
                for (QueryLine q : selected) {
                    List<String> ranked = run.getValue().getOrDefault(q.id(), List.of());
                    Map<String, Integer> rel = qrels.getOrDefault(q.id(), Map.of());
                    recall += Metrics.recallAt10(ranked, rel);
                    ndcg += Metrics.ndcgAt10(ranked, rel);
                    mrr += Metrics.mrr(ranked, rel);
                    zero += ranked.isEmpty() ? 1 : 0;
                }
                int n = selected.size();
                System.out.printf("%-24s %-9s %9.3f %9.3f %7.3f %9.3f%n", run.getKey(), stratum, recall / n, ndcg / n, mrr / n, zero / n);
            }
        }
    }

    static Map<String, List<String>> lucene(List<Passage> passages, List<QueryLine> queries,
                                                    Analyzer indexing, Analyzer querying) throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(indexing))) {
                for (Passage p : passages) {
                    Document doc = new Document();
                    doc.add(new StringField("id", p.id(), Field.Store.YES));
                    doc.add(new TextField("text", p.text(), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            Map<String, List<String>> run = new LinkedHashMap<>();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                QueryBuilder builder = new QueryBuilder(querying);
                for (QueryLine q : queries) {
                    Query query = builder.createBooleanQuery("text", q.text(), BooleanClause.Occur.SHOULD);
                    List<String> ranked = new ArrayList<>();
                    if (query != null) {
                        for (ScoreDoc hit : searcher.search(query, 10).scoreDocs) {
                            ranked.add(searcher.storedFields().document(hit.doc).get("id"));
                        }
                    }
                    run.put(q.id(), ranked);
                }
            }
            return run;
        }
    }

    /** The same passages in PostgreSQL with a GIN index on to_tsvector('danish', …); words OR-ed. */
    static Map<String, List<String>> postgres(List<Passage> passages, List<QueryLine> queries) {
        String url = System.getenv().getOrDefault("PEJLING_EVAL_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        try (Connection db = DriverManager.getConnection(url, System.getenv().getOrDefault("PEJLING_DB_USER", "postgres"),
                System.getenv().getOrDefault("PEJLING_DB_PASSWORD", ""))) {
            try (Statement s = db.createStatement()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS wt_search_eval");
                s.execute("DROP TABLE IF EXISTS wt_search_eval.passage");
                s.execute("CREATE TABLE wt_search_eval.passage (id VARCHAR(20) PRIMARY KEY, text TEXT NOT NULL)");
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO wt_search_eval.passage VALUES (?, ?)")) {
                for (Passage p : passages) {
                    insert.setString(1, p.id());
                    insert.setString(2, p.text());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (Statement s = db.createStatement()) {
                s.execute("CREATE INDEX ON wt_search_eval.passage USING GIN (to_tsvector('danish', text))");
            }
            Map<String, List<String>> run = new LinkedHashMap<>();
            try (PreparedStatement search = db.prepareStatement("""
                    WITH q AS (SELECT NULLIF(replace(plainto_tsquery('danish', ?)::text, '&', '|'), '') AS text)
                    SELECT id FROM wt_search_eval.passage, q
                     WHERE q.text IS NOT NULL AND to_tsvector('danish', passage.text) @@ to_tsquery('danish', q.text)
                     ORDER BY ts_rank_cd(to_tsvector('danish', passage.text), to_tsquery('danish', q.text)) DESC, id
                     LIMIT 10""")) {
                for (QueryLine q : queries) {
                    search.setString(1, q.text());
                    List<String> ranked = new ArrayList<>();
                    try (ResultSet rs = search.executeQuery()) {
                        while (rs.next()) {
                            ranked.add(rs.getString(1));
                        }
                    }
                    run.put(q.id(), ranked);
                }
            }
            try (Statement s = db.createStatement()) {
                s.execute("DROP SCHEMA wt_search_eval CASCADE");
            }
            return run;
        } catch (Exception e) {
            System.out.println("PostgreSQL not reachable (" + e.getMessage() + "): its row is left out");
            return null;
        }
    }

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = SearchEvaluation.class.getResourceAsStream("/search-eval/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
