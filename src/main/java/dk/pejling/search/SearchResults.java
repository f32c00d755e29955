package dk.pejling.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to one search, as the API returns it. Every number and word in it was counted or taken
 * under the viewer's access filter.
 *
 * @param items      this page's hits
 * @param total      all hits the viewer may see
 * @param facets     counts by type, organisation, strategy and year, within the viewer's hits
 * @param suggestion "mente du …?": the query with misspelt words replaced, or null
 */
public record SearchResults(List<Item> items, long total, Map<String, List<FacetValue>> facets, String suggestion) {

    /**
     * @param snippet HTML: the matching passages with {@code <mark>} around the words found, everything else escaped
     */
    public record Item(String type, String id, String title, String snippet, String url, float score) {
    }

    /** One value of a facet: what the filter parameter takes, what to show, how many hits. */
    public record FacetValue(String value, String label, long count) {
    }
}
