package dk.pejling.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.search.SearchDocument;
import dk.pejling.search.SearchDocument.Access;
import dk.pejling.search.SearchDocument.Ref;
import dk.pejling.search.SearchRequest;
import dk.pejling.search.SearchResults;
import dk.pejling.search.SearchType;
import dk.pejling.shared.Viewer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The faster search answers exactly as the search before it did: items (ids, titles, snippets, scores), totals,
 * facets (exact and sampled) and suggestions, for every kind of viewer, on a fixed collection of several segments,
 * some all public (where the viewer filter is skipped) and some mixed, with deleted documents. The reference below
 * is the earlier algorithm: the viewer filter as one conjunction everywhere, the top hits in one pass and the facet
 * hits in a second, a new highlighter per search given the whole filtered query.
 */
class SearchSinglePassEquivalenceTest {

    private final UUID secret = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();
    private final Analyzer analyzer = Analyzers.forQueries();
    private LuceneSearchIndex index;

    @BeforeEach
    void fill() {
        index = new LuceneSearchIndex(null);
        int n = 0;
        // segment 1: public only, over a thousand hits for "tryghed" (the sampled facets)
        for (int b = 0; b < 300; b++) {
            List<SearchDocument> batch = new ArrayList<>();
            for (int i = 0; i < 4; i++, n++) {
                batch.add(doc(n, i % 2 == 0 ? SearchType.GOAL : SearchType.INITIATIVE, Access.everyone(),
                        List.of(new Ref(other, "Åben plan", true)), 2018 + i));
            }
            index.add("eq", "a" + b, batch);
        }
        index.commit();
        // segment 2: mixed: internal cases of a secret strategy, signed-in items, administrators-only notes
        for (int b = 0; b < 200; b++, n += 4) {
            index.add("eq", "b" + b, List.of(
                    doc(n, SearchType.CASE, Access.readersOf(List.of(secret)), List.of(new Ref(secret, "Hemmelig plan", false)), 2020),
                    doc(n + 1, SearchType.GOAL, Access.everyone(), List.of(new Ref(other, "Åben plan", true)), 2021),
                    doc(n + 2, SearchType.CASE, Access.signedInUsers(), List.of(), 2022),
                    doc(n + 3, SearchType.CASE, Access.administratorsOnly(), List.of(), 2023)));
        }
        index.commit();
        // segment 3: public only, fewer hits; and every tenth key of segment 1 replaced (deleted documents there)
        for (int b = 0; b < 300; b += 10) {
            index.add("eq", "a" + b, List.of(doc(n++, SearchType.INITIATIVE, Access.everyone(), List.of(), 2024)));
        }
        index.commit();
    }

    @AfterEach
    void close() throws Exception {
        index.close();
        analyzer.close();
    }

    @Test
    void everyViewerGetsTheSameAnswerAsFromTheTwoPassSearch() throws IOException {
        Viewer reader = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.READER), "r");
        Viewer insider = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.READER), "i",
                new Viewer.Scope(Set.of(secret), Set.of(), Set.of()));
        Viewer admin = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.ADMIN), "a");
        List<SearchRequest> requests = List.of(
                request("tryghed", null, 0, 10), // over a thousand hits: the total is a bound, the facets a sample
                request("boligområdet nummer17", null, 0, 10),
                request("nummer1234", null, 0, 10),
                request("hemmelig", null, 0, 10),
                request("trygheed", null, 0, 10), // "mente du"
                request("", null, 0, 10),
                request("tryghed", SearchType.CASE, 0, 10),
                request("tryghed", SearchType.INITIATIVE, 2, 20),
                request("sagsbehandling", null, 0, 5),
                request("punkt 17", null, 0, 10)); // found in titles only: the title is the snippet
        int compared = 0;
        for (Viewer viewer : List.of(Viewer.anonymous(), reader, insider, admin)) {
            for (SearchRequest request : requests) {
                SearchResults now = index.search(request, viewer);
                SearchResults before = twoPass(request, viewer);
                assertThat(now).as("%s for %s", request, viewer.name()).isEqualTo(before);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(40);
        // the collection has both kinds of answer, so both of the faster paths were compared
        SearchResults sampled = index.search(request("tryghed", null, 0, 10), admin);
        assertThat(sampled.facetsExact()).isFalse();
        assertThat(index.search(request("tryghed", SearchType.CASE, 0, 10), insider).facetsExact()).isTrue();
        assertThat(index.search(request("hemmelig", null, 0, 10), insider).items()).isNotEmpty();
        assertThat(index.search(request("hemmelig", null, 0, 10), reader).items()).isEmpty();
        assertThat(index.search(request("punkt 17", null, 0, 10), admin).items())
                .anySatisfy(item -> assertThat(item.snippet()).isEqualTo("<mark>Punkt</mark> <mark>17</mark>"));
    }

    private static SearchRequest request(String q, SearchType type, int page, int size) {
        return new SearchRequest(q, type, null, null, null, page, size);
    }

    /** The search as it was: one conjunction with the viewer filter, facets in a second pass, a fresh highlighter. */
    private SearchResults twoPass(SearchRequest request, Viewer viewer) throws IOException {
        try (DirectoryReader reader = index.reader()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Search search = new Search(searcher, analyzer, request, viewer, new FacetStates(), new Highlighters(analyzer));
            Query words = search.words(request.q());
            BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST)
                    .add(ViewerFilter.of(viewer), BooleanClause.Occur.FILTER);
            if (request.type() != null) {
                filtered.add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(Fields.TYPE,
                        request.type().code())), BooleanClause.Occur.FILTER);
            }
            Query query = filtered.build();
            int wanted = (request.page() + 1) * request.size();
            int threshold = Math.max(wanted, Search.EXACT_TOTAL_UP_TO);
            TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(wanted, threshold));
            boolean counted = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
            boolean totalExact = counted && top.totalHits.value() <= threshold;
            long total = totalExact ? top.totalHits.value() : threshold;
            HitFacets.Collected collected = counted
                    ? HitFacets.every(searcher.search(new ConstantScoreQuery(query), new FacetsCollectorManager()))
                    : HitFacets.sample(searcher, query, query);
            Map<String, List<SearchResults.FacetValue>> facets = search.facets(collected);
            return new SearchResults(items(searcher, request, viewer, top, query), total, totalExact, facets,
                    collected.exact(), search.suggestion());
        }
    }

    private List<SearchResults.Item> items(IndexSearcher searcher, SearchRequest request, Viewer viewer, TopDocs top,
                                           Query query) throws IOException {
        int from = request.page() * request.size();
        if (from >= top.scoreDocs.length) {
            return List.of();
        }
        boolean published = ViewerFilter.publishedTextOnly(viewer);
        String titleField = published ? Fields.PUBLIC_TITLE : Fields.TITLE;
        String textField = published ? Fields.PUBLIC_TEXT : Fields.TEXT;
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(100_000)
                .build();
        Map<String, String[]> highlights = highlighter.highlightFields(new String[] {titleField, textField}, query,
                new TopDocs(top.totalHits, page), new int[] {1, 2});
        List<SearchResults.Item> items = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document doc = searcher.storedFields().document(page[i].doc);
            String text = highlights.get(textField)[i];
            String title = highlights.get(titleField)[i];
            String snippet = text != null && text.contains("<mark>") ? text
                    : title != null && title.contains("<mark>") ? title : text == null ? "" : text;
            items.add(new SearchResults.Item(doc.get(Fields.TYPE), doc.get(Fields.ID), doc.get(titleField), snippet,
                    doc.get(Fields.URL), page[i].score));
        }
        return items;
    }

    private static SearchDocument doc(int n, SearchType type, Access access, List<Ref> strategies, int year) {
        String text = !access.strategies().isEmpty() ? "Hemmelig sagsbehandling om tryghed, nummer" + n
                : type == SearchType.CASE ? "Intern sagsbehandling om tryghed, nummer" + n
                : "Tryghed i boligområdet, nummer" + n + (n % 7 == 0 ? " og sagsbehandling" : "");
        return new SearchDocument(type, "" + n, "Punkt " + n, text, "/x/" + n, access, strategies, List.of(), year);
    }
}
