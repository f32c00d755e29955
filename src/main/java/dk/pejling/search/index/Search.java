package dk.pejling.search.index;

import dk.pejling.search.SearchRequest;
import dk.pejling.search.SearchResults;
import dk.pejling.shared.Viewer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.QueryBuilder;

/**
 * One search against one searcher: the words over title and text, the filters and the viewer's access
 * clause as FILTER clauses of one query; the page of hits, their snippets, the facets and the "mente du"
 * suggestion all come from that one query, so nothing in the answer was counted outside the viewer's reach.
 * Above {@link #EXACT_TOTAL_UP_TO} hits the total is a lower bound and the facets count a sample of the hits
 * ({@link HitFacets}), so the time of a search grows with the page, not with the number of hits.
 */
final class Search {

    /** Hits are counted exactly up to this many; above it the total says "over" (and facets count a sample). */
    static final int EXACT_TOTAL_UP_TO = 1000;
    private static final int FACET_VALUES = 20;
    private static final float TITLE_BOOST = 2f;

    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final SearchRequest request;
    private final Viewer viewer;
    private final boolean published;
    private final String titleField;
    private final String textField;

    private final FacetStates facetStates;
    private final Highlighters highlighters;

    Search(IndexSearcher searcher, Analyzer analyzer, SearchRequest request, Viewer viewer, FacetStates facetStates,
           Highlighters highlighters) {
        this.facetStates = facetStates;
        this.highlighters = highlighters;
        this.searcher = searcher;
        this.analyzer = analyzer;
        this.request = request;
        this.viewer = viewer;
        this.published = ViewerFilter.publishedTextOnly(viewer);
        this.titleField = published ? Fields.PUBLIC_TITLE : Fields.TITLE;
        this.textField = published ? Fields.PUBLIC_TEXT : Fields.TEXT;
    }

    SearchResults run() throws IOException {
        Query words = words(request.q());
        Query query = scoped(words);
        TopHitsWithFacetDocs.Result top = topHits(query);
        Total total = total(top.top());
        List<SearchResults.Item> items = items(top.top(), words);
        HitFacets.Collected collected = facetHits(top, query, words);
        Map<String, List<SearchResults.FacetValue>> facets = facets(collected);
        String suggestion = suggestion();
        return new SearchResults(items, total.value(), total.exact(), facets, collected.exact(), suggestion);
    }

    /** The total shown: exact up to the threshold, otherwise the threshold itself ("over 1,000"). */
    record Total(long value, boolean exact) {
    }

    /**
     * The page's top hits and, in the same pass, the documents for the facets. Hits are counted exactly only up to
     * the threshold; above it Lucene skips blocks that cannot reach the top, the way web search engines answer
     * "over 1,000 results".
     */
    TopHitsWithFacetDocs.Result topHits(Query query) throws IOException {
        int wanted = (request.page() + 1) * request.size();
        int threshold = Math.max(wanted, EXACT_TOTAL_UP_TO);
        return searcher.search(query, new TopHitsWithFacetDocs(wanted, threshold));
    }

    /**
     * Lucene may count past the threshold before it starts skipping; the answer says "over threshold" then, as
     * OpenSearch's track_total_hits does, rather than a lower bound that differs from run to run.
     */
    Total total(TopDocs top) {
        int threshold = Math.max((request.page() + 1) * request.size(), EXACT_TOTAL_UP_TO);
        boolean exact = counted(top) && top.totalHits.value() <= threshold;
        return new Total(exact ? top.totalHits.value() : threshold, exact);
    }

    private static boolean counted(TopDocs top) {
        return top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
    }

    /** Every hit when the top-hits pass saw them all; otherwise a sample, in a pass of its own. */
    HitFacets.Collected facetHits(TopHitsWithFacetDocs.Result top, Query query, Query words) throws IOException {
        return counted(top.top()) ? HitFacets.every(top.seen()) : HitFacets.sample(searcher, query, filtered(words));
    }

    /** "Mente du …?", or null. */
    String suggestion() throws IOException {
        return request.hasWords() ? new Suggestions(searcher, analyzer, viewer, published).suggest(request.q()) : null;
    }

    /** The words over title (boosted) and text; all documents when there are none. */
    Query words(String q) {
        if (q.isBlank()) {
            return new MatchAllDocsQuery();
        }
        QueryBuilder builder = new QueryBuilder(analyzer);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        Query title = builder.createBooleanQuery(titleField, q, BooleanClause.Occur.SHOULD);
        Query text = builder.createBooleanQuery(textField, q, BooleanClause.Occur.SHOULD);
        if (title == null && text == null) {
            // only stop words: nothing to look for, and nothing is found
            return new BooleanQuery.Builder().build();
        }
        if (title != null) {
            any.add(new BoostQuery(title, TITLE_BOOST), BooleanClause.Occur.SHOULD);
        }
        if (text != null) {
            any.add(text, BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /** The words with the request's filters, restricted to the viewer's reach segment by segment. */
    Query scoped(Query words) {
        return ViewerFilter.restrict(withFilters(new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST)).build(),
                viewer);
    }

    /** The same hits as {@link #scoped} written as one conjunction, whose cost estimates the hits for a sample. */
    private Query filtered(Query words) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
        query.add(ViewerFilter.of(viewer), BooleanClause.Occur.FILTER);
        return withFilters(query).build();
    }

    private BooleanQuery.Builder withFilters(BooleanQuery.Builder query) {
        if (request.type() != null) {
            query.add(new TermQuery(new Term(Fields.TYPE, request.type().code())), BooleanClause.Occur.FILTER);
        }
        if (request.strategy() != null) {
            query.add(new TermQuery(new Term(Fields.STRATEGY, request.strategy().toString())), BooleanClause.Occur.FILTER);
        }
        if (request.organisation() != null) {
            query.add(new TermQuery(new Term(Fields.ORGANISATION, request.organisation().toString())), BooleanClause.Occur.FILTER);
        }
        if (request.year() != null) {
            query.add(new TermQuery(new Term(Fields.YEAR, request.year().toString())), BooleanClause.Occur.FILTER);
        }
        return query;
    }

    /**
     * The requested page of hits with snippets: only the page's documents are read (once each) and highlighted, the
     * text and the title in one pass.
     */
    List<SearchResults.Item> items(TopDocs top, Query words) throws IOException {
        int from = request.page() * request.size();
        if (from >= top.scoreDocs.length) {
            return List.of();
        }
        ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
        // only the words are highlighted: the filters' terms are in fields that are never shown
        List<PageHighlighter.Hit> hits = highlighters.forPage(searcher).highlight(textField, titleField, words, page, 2);
        List<SearchResults.Item> items = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            PageHighlighter.Hit hit = hits.get(i);
            items.add(new SearchResults.Item(hit.type(), hit.id(), hit.title(), snippet(hit.text(), hit.highlightedTitle()),
                    hit.url(), page[i].score));
        }
        return items;
    }

    /** The text's passages with the words found; the highlighted title when only the title matched. */
    private static String snippet(String text, String title) {
        if (text != null && text.contains("<mark>")) {
            return text;
        }
        if (title != null && title.contains("<mark>")) {
            return title;
        }
        return text == null ? "" : text;
    }

    Map<String, List<SearchResults.FacetValue>> facets(HitFacets.Collected collected) throws IOException {
        Map<String, List<SearchResults.FacetValue>> facets = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state;
        try {
            state = facetStates.of(searcher.getIndexReader());
        } catch (IllegalArgumentException noFacetsYet) {
            // an empty index has no facet field yet
            for (String dim : List.of(Fields.TYPE, Fields.ORGANISATION, Fields.STRATEGY, Fields.YEAR)) {
                facets.put(dim, List.of());
            }
            return facets;
        }
        Facets counts = new SortedSetDocValuesFacetCounts(state, collected.hits());
        for (String dim : List.of(Fields.TYPE, Fields.ORGANISATION, Fields.STRATEGY, Fields.YEAR)) {
            facets.put(dim, values(dim, counts, collected.step()));
        }
        return facets;
    }

    private List<SearchResults.FacetValue> values(String dim, Facets counts, int step) throws IOException {
        FacetResult result;
        try {
            result = counts.getTopChildren(FACET_VALUES, dim);
        } catch (IllegalArgumentException dimensionNotIndexedYet) {
            return List.of();
        }
        if (result == null) {
            return List.of();
        }
        List<SearchResults.FacetValue> values = new ArrayList<>();
        for (LabelAndValue lv : result.labelValues) {
            SearchResults.FacetValue value = FacetLabels.value(dim, lv.label, lv.value.longValue() * step, viewer);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }
}
