package dk.pejling.search.index;

import dk.pejling.search.SearchResults;
import dk.pejling.shared.Viewer;
import java.util.UUID;

/**
 * A facet value as both backends store it. A strategy's or organisation's label is "id, name, p|i" (tab-separated),
 * so one value carries what the filter takes and what the facet shows; an internal name is shown only to its readers.
 */
final class FacetLabels {

    private FacetLabels() {
    }

    static String label(dk.pejling.search.SearchDocument.Ref ref) {
        String name = ref.name().replace(Fields.LABEL_SEPARATOR, ' ')
                .replace(org.apache.lucene.facet.FacetsConfig.DELIM_CHAR, ' ');
        return ref.id() + "" + Fields.LABEL_SEPARATOR + name + Fields.LABEL_SEPARATOR + (ref.isPublic() ? "p" : "i");
    }

    /** The value to return for one counted label, or null when the viewer may not see its name. */
    static SearchResults.FacetValue value(String dim, String label, long count, Viewer viewer) {
        if (!dim.equals(Fields.STRATEGY) && !dim.equals(Fields.ORGANISATION)) {
            return new SearchResults.FacetValue(label, label, count);
        }
        String[] parts = label.split(String.valueOf(Fields.LABEL_SEPARATOR), 3);
        if (parts.length < 3) {
            return null;
        }
        boolean isPublic = "p".equals(parts[2]);
        if (!isPublic && !viewer.readsInternal(UUID.fromString(parts[0]))) {
            return null;
        }
        return new SearchResults.FacetValue(parts[0], parts[1], count);
    }
}
