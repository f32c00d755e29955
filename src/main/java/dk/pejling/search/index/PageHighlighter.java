package dk.pejling.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The snippets of one page of hits and the fields the page shows, from <em>one</em> stored-fields read per hit: the
 * stock highlighter reads the texts it highlights, and the page then read type, id, url and title again (each read
 * decompresses the document's block). Text and title are highlighted in the same pass. Built per search (it holds
 * the page's values), cheap because the merged field infos come from {@link Highlighters}, per reader.
 *
 * <p>Offsets come from the postings ({@link Fields#TEXT_WITH_OFFSETS}; {@link #offsetSource} says which source the
 * highlighter picked, and a test holds it to POSTINGS). Weight matches are off: with them the highlighter builds a
 * weight of the query for every document — a lookup of every word in every segment, per hit — where the plain
 * postings strategy seeks the words in the hit's own segment; for the word queries of a search (terms and
 * synonym groups, no phrases) both mark the same words.
 */
final class PageHighlighter extends UnifiedHighlighter {

    /** One hit as the page shows it: the stored fields and the highlighted text and title. */
    record Hit(String type, String id, String url, String title, String text, String highlightedTitle) {
    }

    private static final String[] SHOWN = {Fields.TYPE, Fields.ID, Fields.URL};

    private final FieldInfos fieldInfos;
    private final Map<Integer, String[]> shownByDoc = new HashMap<>();
    private String titleField;

    PageHighlighter(Builder builder, FieldInfos fieldInfos) {
        super(builder);
        this.fieldInfos = fieldInfos;
    }

    /**
     * The page's hits in the given order: up to {@code textPassages} passages of the text and one of the title, each
     * with the words marked (the first passages unmarked when none of the words is in the field).
     */
    List<Hit> highlight(String textField, String titleField, Query words, ScoreDoc[] page, int textPassages)
            throws IOException {
        this.titleField = titleField;
        int[] docs = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docs[i] = page[i].doc;
        }
        Map<String, String[]> found = highlightFields(new String[] {textField, titleField}, words, docs,
                new int[] {textPassages, 1});
        List<Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            String[] shown = shownByDoc.getOrDefault(docs[i], new String[4]);
            hits.add(new Hit(shown[0], shown[1], shown[2], shown[3], found.get(textField)[i], found.get(titleField)[i]));
        }
        return hits;
    }

    /** Which source of offsets the highlighter uses for this field and query (for the test that it is the postings). */
    OffsetSource offsetSource(String field, Query query) {
        return getFieldHighlighter(field, query, extractTerms(query), 1).getOffsetSource();
    }

    @Override
    protected FieldInfo getFieldInfo(String field) {
        return fieldInfos.fieldInfo(field);
    }

    /** The highlighted fields (capped at the maximum length) and, in the same read, the fields the page shows. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        StoredFields storedFields = getIndexSearcher().storedFields();
        int chars = 0;
        do {
            int doc = docs.nextDoc();
            if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                break;
            }
            OneRead read = new OneRead(fields, titleField, getMaxLength());
            storedFields.document(doc, read);
            values.add(read.highlighted);
            shownByDoc.put(doc, read.shown);
            for (CharSequence value : read.highlighted) {
                chars += value == null ? 0 : value.length();
            }
        } while (chars <= cacheCharsThreshold && cacheCharsThreshold != 0);
        return values;
    }

    /** Collects one document's highlighted fields and shown fields (each a single value in this index). */
    private static final class OneRead extends StoredFieldVisitor {

        private final String[] fields;
        private final String titleField;
        private final int maxLength;
        final CharSequence[] highlighted;
        final String[] shown = new String[4]; // type, id, url, title (whole)

        OneRead(String[] fields, String titleField, int maxLength) {
            this.fields = fields;
            this.titleField = titleField;
            this.maxLength = maxLength;
            this.highlighted = new CharSequence[fields.length];
        }

        @Override
        public Status needsField(FieldInfo field) {
            return highlightedIndex(field.name) >= 0 || shownIndex(field.name) >= 0 ? Status.YES : Status.NO;
        }

        @Override
        public void stringField(FieldInfo field, String value) {
            int h = highlightedIndex(field.name);
            if (h >= 0 && highlighted[h] == null) {
                highlighted[h] = value.substring(0, Math.min(maxLength, value.length()));
            }
            int s = shownIndex(field.name);
            if (s >= 0 && shown[s] == null) {
                shown[s] = value;
            }
        }

        private int highlightedIndex(String name) {
            for (int i = 0; i < fields.length; i++) {
                if (fields[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        private int shownIndex(String name) {
            for (int i = 0; i < SHOWN.length; i++) {
                if (SHOWN[i].equals(name)) {
                    return i;
                }
            }
            return name.equals(titleField) ? 3 : -1;
        }
    }
}
