package dk.pejling.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to one search, as the API returns it. Every number and word in it was counted or taken
 * under the viewer's access filter.
 *
 * @param items      this page's hits
 * @param total       the hits the viewer may see; when {@code totalExact} is false, a lower bound ("over 1,000
 *                    results"): counting every hit of a common word would cost more than the search itself
 * @param totalExact  whether {@code total} is the exact number of hits
 * @param facets      counts by type, organisation, strategy and year, within the viewer's hits
 * @param facetsExact whether the facet counts are exact; false when they were counted over a sample of the hits
 *                    (only when {@code totalExact} is false) and scaled up, so they are estimates
 * @param suggestion  "mente du …?": the query with misspelt words replaced, or null
 */
public record SearchResults(List<Item> items, long total, boolean totalExact, Map<String, List<FacetValue>> facets,
                            boolean facetsExact, String suggestion) {

    /**
     * @param snippet HTML: the matching passages with {@code <mark>} around the words found, everything else escaped
     */
    public record Item(String type, String id, String title, String snippet, String url, float score) {
    }

    /** One value of a facet: what the filter parameter takes, what to show, how many hits. */
    public record FacetValue(String value, String label, long count) {
    }
}
