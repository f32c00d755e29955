package dk.pejling.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.search.SearchDocument;
import dk.pejling.search.SearchRequest;
import dk.pejling.search.SearchType;
import dk.pejling.shared.Viewer;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter.OffsetSource;
import org.junit.jupiter.api.Test;

/** The page's snippets come from the offsets in the postings and one read of each hit's stored fields. */
class PageHighlighterTest {

    @Test
    void takesTheWordsOffsetsFromThePostingsAndTheShownFieldsFromTheSameRead() throws Exception {
        try (LuceneSearchIndex index = new LuceneSearchIndex(null); Analyzer analyzer = Analyzers.forQueries()) {
            index.add("t", "1", List.of(new SearchDocument(SearchType.DOCUMENT, "d1", "Tryghed i boligområdet",
                    "Kommunen styrker beskæftigelsesindsatsen. Boligforeningen holder tryghedsvandringer om aftenen.",
                    "/d/1", SearchDocument.Access.everyone(), List.of(), List.of(), 2024)));
            index.add("t", "2", List.of(new SearchDocument(SearchType.DOCUMENT, "d2", "Kriminalitetsforebyggelse",
                    "Et notat uden de søgte ord.", "/d/2", SearchDocument.Access.everyone(), List.of(), List.of(), 2024)));
            index.commit();
            try (DirectoryReader reader = index.reader()) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (String q : List.of("indsats tryghed", "beskæftigelsesindsats", "kriminalitetsforebyggelse", "bolig")) {
                    Search search = search(searcher, analyzer, q);
                    Query words = search.words(q);
                    PageHighlighter highlighter = new Highlighters(analyzer).forPage(searcher);
                    for (String field : List.of(Fields.PUBLIC_TEXT, Fields.PUBLIC_TITLE, Fields.TEXT, Fields.TITLE)) {
                        assertThat(highlighter.offsetSource(field, words)).as(q + " in " + field)
                                .isIn(OffsetSource.POSTINGS, OffsetSource.NONE_NEEDED);
                    }
                    assertThat(highlighter.offsetSource(Fields.PUBLIC_TEXT, words)).as(q).isEqualTo(OffsetSource.POSTINGS);
                }

                Search search = search(searcher, analyzer, "kriminalitetsforebyggelse tryghed");
                Query words = search.words("kriminalitetsforebyggelse tryghed");
                ScoreDoc[] page = searcher.search(words, 10).scoreDocs;
                List<PageHighlighter.Hit> hits = new Highlighters(analyzer).forPage(searcher)
                        .highlight(Fields.PUBLIC_TEXT, Fields.PUBLIC_TITLE, words, page, 2);
                assertThat(hits).hasSize(2);
                PageHighlighter.Hit first = hits.stream().filter(h -> h.id().equals("d1")).findFirst().orElseThrow();
                assertThat(first.type()).isEqualTo(SearchType.DOCUMENT.code());
                assertThat(first.url()).isEqualTo("/d/1");
                assertThat(first.title()).isEqualTo("Tryghed i boligområdet");
                assertThat(first.text()).contains("<mark>tryghedsvandringer</mark>");
                assertThat(first.highlightedTitle()).isEqualTo("<mark>Tryghed</mark> i boligområdet");
                PageHighlighter.Hit second = hits.stream().filter(h -> h.id().equals("d2")).findFirst().orElseThrow();
                assertThat(second.title()).isEqualTo("Kriminalitetsforebyggelse");
                assertThat(second.url()).isEqualTo("/d/2");
                assertThat(second.text()).doesNotContain("<mark>").isEqualTo("Et notat uden de søgte ord.");
                assertThat(second.highlightedTitle()).isEqualTo("<mark>Kriminalitetsforebyggelse</mark>");
            }
        }
    }

    private static Search search(IndexSearcher searcher, Analyzer analyzer, String q) {
        return new Search(searcher, analyzer, new SearchRequest(q, null, null, null, null, 0, 10), Viewer.anonymous(),
                new FacetStates(), new Highlighters(analyzer));
    }
}
