package dk.pejling.search.api;

import dk.pejling.search.SearchIndexing;
import dk.pejling.search.SearchRequest;
import dk.pejling.search.SearchResults;
import dk.pejling.search.SearchService;
import dk.pejling.shared.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search", description = "One Danish search across strategies, goals, indicators, initiatives, status comments, proceedings and documents")
class SearchController {

    private final SearchService search;
    private final SearchIndexing indexing;

    SearchController(SearchService search, SearchIndexing indexing) {
        this.search = search;
        this.indexing = indexing;
    }

    @GetMapping
    @Operation(summary = "Search everything the caller may read; snippets are HTML with <mark> around the words found",
            description = "Facets count by type, organisation, strategy and year within the caller's hits; "
                    + "suggestion is \"mente du …?\" for a misspelt query. Hits are counted exactly up to 1,000: "
                    + "above that, total is 1,000 (or the requested depth) with totalExact false (\"over 1.000 "
                    + "resultater\"), and the facet counts are estimates from a sample of about 1,000 hits, "
                    + "with facetsExact false.")
    SearchResults search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
                         @RequestParam(required = false) String strategy, @RequestParam(required = false) String organisation,
                         @RequestParam(required = false) String year, @RequestParam(required = false) Integer page,
                         @RequestParam(required = false) Integer size, Viewer viewer) {
        return search.search(SearchRequest.parse(q, type, strategy, organisation, year, page, size), viewer);
    }

    @PostMapping("/reindex")
    @Operation(summary = "Rebuild the search index from every module (administrators)")
    SearchIndexing.Rebuilt reindex(Viewer viewer) {
        return indexing.rebuild(viewer);
    }
}
