package dk.pejling.search;

import dk.pejling.search.index.SearchIndex;
import dk.pejling.shared.Viewer;
import org.springframework.stereotype.Service;

/** One search across everything the viewer may read: the API, the results page and the header's field use it. */
@Service
public class SearchService {

    private final SearchIndex index;

    SearchService(SearchIndex index) {
        this.index = index;
    }

    public SearchResults search(SearchRequest request, Viewer viewer) {
        return index.search(request, viewer);
    }
}
