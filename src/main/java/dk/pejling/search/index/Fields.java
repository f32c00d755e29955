package dk.pejling.search.index;

import dk.pejling.search.SearchDocument;
import dk.pejling.shared.Redaction;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/**
 * How a {@link SearchDocument} is laid out in Lucene. Every text is indexed twice: as written (for
 * signed-in users) and as published, with {@code [[Navn]]} replaced by neutral labels (for the anonymous
 * public), so an anonymous query can neither match nor show a marked name.
 */
final class Fields {

    static final String UID = "uid";
    static final String KEY = "key";
    static final String TYPE = "type";
    static final String ID = "id";
    static final String URL = "url";
    static final String ACCESS = "access";
    static final String STRATEGY = "strategy";
    static final String ORGANISATION = "organisation";
    static final String YEAR = "year";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String PUBLIC_TITLE = "public_title";
    static final String PUBLIC_TEXT = "public_text";
    /** Lower-cased words without stemming, for "mente du": one field with names, one without. */
    static final String WORDS = "words";
    static final String PUBLIC_WORDS = "public_words";

    static final String ACCESS_PUBLIC = "public";
    static final String ACCESS_SIGNED_IN = "signed-in";
    /** Facet labels: id, tab, name, tab, "p" for a name anyone may see or "i". */
    static final char LABEL_SEPARATOR = '\t';

    static final FacetsConfig FACETS = new FacetsConfig();

    /**
     * The version of this layout. An index written with another one is rebuilt at start: Lucene refuses to
     * change a field's options (offsets were added in version 2) within one index.
     */
    static final String LAYOUT_VERSION = "2";

    /**
     * Stored text with the offsets of each word in the postings, so the highlighter reads where the words
     * are from the index instead of analysing the page's texts again (the Danish analysis with
     * decompounding is the slow part of a search otherwise). A compound found by one of its parts is marked
     * whole: the parts carry the compound's offsets.
     */
    static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    static {
        FACETS.setMultiValued(STRATEGY, true);
        FACETS.setMultiValued(ORGANISATION, true);
    }

    private Fields() {
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    static String accessOfStrategy(UUID strategy) {
        return "strategy:" + strategy;
    }

    static String key(String source, String key) {
        return source + ":" + key;
    }

    static Document toLucene(String source, String key, SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(UID, d.type().code() + ":" + d.id(), Field.Store.YES));
        doc.add(new StringField(KEY, key(source, key), Field.Store.NO));
        doc.add(new StringField(TYPE, d.type().code(), Field.Store.YES));
        doc.add(new StoredField(ID, d.id()));
        doc.add(new StoredField(URL, d.url()));
        access(doc, d.access());
        String publicTitle = Redaction.forPublic(d.title());
        String publicText = Redaction.forPublic(d.text());
        doc.add(new Field(TITLE, d.title(), TEXT_WITH_OFFSETS));
        doc.add(new Field(TEXT, d.text(), TEXT_WITH_OFFSETS));
        doc.add(new Field(PUBLIC_TITLE, publicTitle, TEXT_WITH_OFFSETS));
        doc.add(new Field(PUBLIC_TEXT, publicText, TEXT_WITH_OFFSETS));
        doc.add(new TextField(WORDS, d.title() + "\n" + d.text(), Field.Store.NO));
        doc.add(new TextField(PUBLIC_WORDS, publicTitle + "\n" + publicText, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(TYPE, d.type().code()));
        refs(doc, STRATEGY, d.strategies());
        refs(doc, ORGANISATION, d.organisations());
        if (d.year() != null) {
            doc.add(new StringField(YEAR, d.year().toString(), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(YEAR, d.year().toString()));
        }
        return doc;
    }

    private static void access(Document doc, SearchDocument.Access access) {
        if (access.isPublic()) {
            doc.add(new StringField(ACCESS, ACCESS_PUBLIC, Field.Store.NO));
        }
        if (access.signedIn()) {
            doc.add(new StringField(ACCESS, ACCESS_SIGNED_IN, Field.Store.NO));
        }
        for (UUID strategy : access.strategies()) {
            doc.add(new StringField(ACCESS, accessOfStrategy(strategy), Field.Store.NO));
        }
        // a document with none of these is found by administrators only
    }

    private static void refs(Document doc, String dimension, List<SearchDocument.Ref> refs) {
        for (SearchDocument.Ref ref : refs.stream().distinct().toList()) {
            doc.add(new StringField(dimension, ref.id().toString(), Field.Store.NO));
            if (ref.name() == null) {
                continue;
            }
            doc.add(new SortedSetDocValuesFacetField(dimension, FacetLabels.label(ref)));
        }
    }
}
