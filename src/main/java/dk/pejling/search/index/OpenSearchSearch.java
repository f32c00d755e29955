package dk.pejling.search.index;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.pejling.search.SearchRequest;
import dk.pejling.search.SearchResults;
import dk.pejling.shared.Viewer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.HighlighterEncoder;
import org.opensearch.client.opensearch.core.search.TotalHitsRelation;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * One search on OpenSearch, the counterpart of {@link Search}: the words over title (boosted) and text as a bool
 * query whose FILTER clauses hold the viewer's reach and the request's filters, so the hits, the total, the facet
 * aggregations and the highlighted snippets are all taken within the viewer's reach; "mente du" checks each
 * candidate word against that reach too.
 */
final class OpenSearchSearch {

    private static final int FACET_VALUES = 20;
    private static final float TITLE_BOOST = 2f;
    private static final int SUGGESTION_CANDIDATES = 8;
    private static final Map<String, String> FACET_FIELDS = facetFields();

    private final OpenSearchClient client;
    private final String index;
    private final Analyzer words;
    private final SearchRequest request;
    private final Viewer viewer;
    private final boolean published;
    private final String titleField;
    private final String textField;

    OpenSearchSearch(OpenSearchClient client, String index, Analyzer words, SearchRequest request, Viewer viewer) {
        this.client = client;
        this.index = index;
        this.words = words;
        this.request = request;
        this.viewer = viewer;
        this.published = ViewerFilter.publishedTextOnly(viewer);
        this.titleField = published ? Fields.PUBLIC_TITLE : Fields.TITLE;
        this.textField = published ? Fields.PUBLIC_TEXT : Fields.TEXT;
    }

    private static Map<String, String> facetFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(Fields.TYPE, Fields.TYPE);
        fields.put(Fields.ORGANISATION, OpenSearchDocuments.ORGANISATION_LABEL);
        fields.put(Fields.STRATEGY, OpenSearchDocuments.STRATEGY_LABEL);
        fields.put(Fields.YEAR, Fields.YEAR);
        return fields;
    }

    SearchResults run() throws IOException {
        Query query = filtered(words());
        SearchResponse<ObjectNode> response = client.search(s -> {
            s.index(index).query(query)
                    .from(request.page() * request.size()).size(request.size())
                    .trackTotalHits(t -> t.count(Math.max(Search.EXACT_TOTAL_UP_TO, (request.page() + 1) * request.size())))
                    .source(src -> src.filter(f -> f.includes(Fields.TYPE, Fields.ID, Fields.URL, titleField)))
                    .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                            .fields(titleField, f -> f.numberOfFragments(0))
                            .fields(textField, f -> f.numberOfFragments(2).fragmentSize(160).noMatchSize(160)));
            FACET_FIELDS.forEach((dim, field) -> s.aggregations(dim, a -> a.terms(t -> t.field(field).size(FACET_VALUES))));
            return s;
        }, ObjectNode.class);
        List<SearchResults.Item> items = new ArrayList<>();
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            items.add(item(hit));
        }
        Map<String, List<SearchResults.FacetValue>> facets = new LinkedHashMap<>();
        for (String dim : FACET_FIELDS.keySet()) {
            facets.put(dim, values(dim, response.aggregations().get(dim)));
        }
        var hits = response.hits().total();
        long total = hits == null ? items.size() : hits.value();
        boolean totalExact = hits == null || hits.relation() == TotalHitsRelation.Eq;
        String suggestion = request.hasWords() ? suggest() : null;
        // the terms aggregations run over every hit (the node does not stop at the total's threshold)
        return new SearchResults(items, total, totalExact, facets, true, suggestion);
    }

    private Query words() {
        String q = request.q();
        if (q.isBlank()) {
            return Query.of(m -> m.matchAll(a -> a));
        }
        return Query.of(b -> b.bool(any -> any
                .should(s -> s.match(m -> m.field(titleField).query(FieldValue.of(q)).boost(TITLE_BOOST)))
                .should(s -> s.match(m -> m.field(textField).query(FieldValue.of(q))))));
    }

    private Query filtered(Query words) {
        BoolQuery.Builder query = new BoolQuery.Builder().must(words).filter(access());
        if (request.type() != null) {
            query.filter(OpenSearchSearchIndex.term(Fields.TYPE, request.type().code()));
        }
        if (request.strategy() != null) {
            query.filter(OpenSearchSearchIndex.term(Fields.STRATEGY, request.strategy().toString()));
        }
        if (request.organisation() != null) {
            query.filter(OpenSearchSearchIndex.term(Fields.ORGANISATION, request.organisation().toString()));
        }
        if (request.year() != null) {
            query.filter(OpenSearchSearchIndex.term(Fields.YEAR, request.year().toString()));
        }
        return Query.of(q -> q.bool(query.build()));
    }

    /** The viewer's reach, the same values {@link ViewerFilter} puts in the embedded index's query. */
    private Query access() {
        List<String> allowed = ViewerFilter.accessValues(viewer);
        if (allowed == null) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        List<FieldValue> values = allowed.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(Fields.ACCESS).terms(v -> v.value(values))));
    }

    private SearchResults.Item item(Hit<ObjectNode> hit) {
        ObjectNode source = hit.source();
        Map<String, List<String>> highlight = hit.highlight();
        String text = String.join(" … ", highlight.getOrDefault(textField, List.of()));
        String title = String.join(" … ", highlight.getOrDefault(titleField, List.of()));
        String snippet = text.contains("<mark>") ? text : title.contains("<mark>") ? title : text;
        float score = hit.score() == null ? 0f : hit.score().floatValue();
        return new SearchResults.Item(source.path(Fields.TYPE).asText(), source.path(Fields.ID).asText(),
                source.path(titleField).asText(), snippet, source.path(Fields.URL).asText(), score);
    }

    private List<SearchResults.FacetValue> values(String dim, Aggregate aggregate) {
        List<SearchResults.FacetValue> values = new ArrayList<>();
        if (aggregate == null || !aggregate.isSterms()) {
            return values;
        }
        for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
            SearchResults.FacetValue value = FacetLabels.value(dim, bucket.key(), bucket.docCount(), viewer);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    /** "Mente du …?" as in {@link Suggestions}: candidates from the whole index, taken only if the viewer finds them. */
    private String suggest() throws IOException {
        String field = published ? Fields.PUBLIC_WORDS : Fields.WORDS;
        List<String> typed = tokens(request.q());
        List<String> corrected = new ArrayList<>(typed.size());
        boolean changed = false;
        for (String word : typed) {
            if (word.length() < 3 || visible(field, word) || foundByAnalysis(word)) {
                corrected.add(word);
                continue;
            }
            String better = null;
            for (String candidate : candidates(field, word)) {
                if (visible(field, candidate)) {
                    better = candidate;
                    break;
                }
            }
            changed |= better != null;
            corrected.add(better == null ? word : better);
        }
        return changed ? String.join(" ", corrected) : null;
    }

    private List<String> candidates(String field, String word) throws IOException {
        SearchResponse<ObjectNode> response = client.search(s -> s.index(index).size(0)
                .suggest(g -> g.suggesters("w", f -> f.text(word).term(t -> t.field(field)
                        .size(SUGGESTION_CANDIDATES).prefixLength(1).minWordLength(3)
                        .suggestMode(org.opensearch.client.opensearch._types.SuggestMode.Always)))), ObjectNode.class);
        List<String> candidates = new ArrayList<>();
        response.suggest().getOrDefault("w", List.of()).forEach(suggestion -> {
            if (suggestion.isTerm()) {
                suggestion.term().options().forEach(option -> candidates.add(option.text()));
            }
        });
        return candidates;
    }

    /** As {@link Suggestions}: a word the search finds through the Danish analysis is not misspelt. */
    private boolean foundByAnalysis(String word) throws IOException {
        return client.count(c -> c.index(index).query(q -> q.bool(b -> b
                .must(m -> m.match(t -> t.field(textField).query(FieldValue.of(word)))).filter(access())))).count() > 0;
    }

    private boolean visible(String field, String word) throws IOException {
        return client.count(c -> c.index(index).query(q -> q.bool(b -> b
                .must(OpenSearchSearchIndex.term(field, word)).filter(access())))).count() > 0;
    }

    private List<String> tokens(String q) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = words.tokenStream(Fields.WORDS, q)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
