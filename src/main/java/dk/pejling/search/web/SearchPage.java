package dk.pejling.search.web;

import dk.pejling.search.SearchRequest;
import dk.pejling.search.SearchResults;
import dk.pejling.search.SearchService;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.web.FieldErrorMessages;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The results page behind the search field in every page's header. */
@Controller
class SearchPage {

    static final int PAGE_SIZE = 20;

    private final SearchService search;
    private final FieldErrorMessages errorMessages;

    SearchPage(SearchService search, FieldErrorMessages errorMessages) {
        this.search = search;
        this.errorMessages = errorMessages;
    }

    @GetMapping("/soeg")
    String results(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
                   @RequestParam(required = false) String strategy, @RequestParam(required = false) String organisation,
                   @RequestParam(required = false) String year, @RequestParam(required = false) String page,
                   Viewer viewer, Locale locale, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("type", type);
        model.addAttribute("strategy", strategy);
        model.addAttribute("organisation", organisation);
        model.addAttribute("year", year);
        int pageNumber = parsePage(page);
        try {
            SearchRequest request = SearchRequest.parse(q, type, strategy, organisation, year, pageNumber, PAGE_SIZE);
            SearchResults results = search.search(request, viewer);
            model.addAttribute("results", results);
            model.addAttribute("page", request.page());
            // "over 1.000 resultater": the last page is not known, so the pages go as deep as a search may
            model.addAttribute("pages", results.totalExact()
                    ? Math.max(1, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE) : SearchRequest.MAX_DEPTH / PAGE_SIZE);
        } catch (InvalidInputException e) {
            // a hand-edited link: say what is wrong on the page instead of failing
            model.addAttribute("errors", errorMessages.localise(e.fieldErrors(), locale));
        }
        return "search/results";
    }

    private static int parsePage(String page) {
        try {
            return page == null || page.isBlank() ? 0 : Math.max(0, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
