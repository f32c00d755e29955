package dk.pejling.search.index;

import dk.pejling.search.SearchDocument;
import dk.pejling.shared.Redaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How a {@link SearchDocument} is laid out in OpenSearch: the same fields as in Lucene ({@link Fields}), the text as
 * written and as published, the facets' "id, name, p|i" labels in keyword fields of their own.
 */
final class OpenSearchDocuments {

    static final String STRATEGY_LABEL = "strategy_label";
    static final String ORGANISATION_LABEL = "organisation_label";

    private OpenSearchDocuments() {
    }

    /** The document's id in OpenSearch: unique within its source key, so writing a key again overwrites it. */
    static String documentId(String source, String key, SearchDocument d) {
        return Fields.key(source, key) + "|" + d.type().code() + ":" + d.id();
    }

    static Map<String, Object> toSource(String source, String key, SearchDocument d) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(Fields.UID, d.type().code() + ":" + d.id());
        doc.put(Fields.KEY, Fields.key(source, key));
        doc.put(Fields.TYPE, d.type().code());
        doc.put(Fields.ID, d.id());
        doc.put(Fields.URL, d.url());
        doc.put(Fields.ACCESS, access(d.access()));
        String publicTitle = Redaction.forPublic(d.title());
        String publicText = Redaction.forPublic(d.text());
        doc.put(Fields.TITLE, d.title());
        doc.put(Fields.TEXT, d.text());
        doc.put(Fields.PUBLIC_TITLE, publicTitle);
        doc.put(Fields.PUBLIC_TEXT, publicText);
        doc.put(Fields.WORDS, d.title() + "\n" + d.text());
        doc.put(Fields.PUBLIC_WORDS, publicTitle + "\n" + publicText);
        refs(doc, Fields.STRATEGY, STRATEGY_LABEL, d.strategies());
        refs(doc, Fields.ORGANISATION, ORGANISATION_LABEL, d.organisations());
        if (d.year() != null) {
            doc.put(Fields.YEAR, d.year().toString());
        }
        return doc;
    }

    private static List<String> access(SearchDocument.Access access) {
        List<String> values = new ArrayList<>();
        if (access.isPublic()) {
            values.add(Fields.ACCESS_PUBLIC);
        }
        if (access.signedIn()) {
            values.add(Fields.ACCESS_SIGNED_IN);
        }
        for (UUID strategy : access.strategies()) {
            values.add(Fields.accessOfStrategy(strategy));
        }
        return values; // none: found by administrators only
    }

    private static void refs(Map<String, Object> doc, String field, String labelField, List<SearchDocument.Ref> refs) {
        List<String> ids = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (SearchDocument.Ref ref : refs.stream().distinct().toList()) {
            ids.add(ref.id().toString());
            if (ref.name() != null) {
                labels.add(FacetLabels.label(ref));
            }
        }
        doc.put(field, ids);
        doc.put(labelField, labels);
    }
}
