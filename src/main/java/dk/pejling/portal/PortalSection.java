package dk.pejling.portal;

import java.util.List;
import java.util.UUID;

/**
 * A section another module adds to a public strategy's portal page (the safety index by area, once
 * that module exists), without the portal depending on it: the module implements this interface as a
 * bean and the portal lists its sections. What a section returns is published as it is, so an
 * implementation returns public, unsuppressed, redacted content only.
 */
public interface PortalSection {

    /**
     * @param heading  the section's heading, in the language asked for
     * @param intro    one or two plain sentences, or null
     * @param rows     a table of label → value (with an optional note such as n or an interval)
     * @param dataHref a link to the numbers as CSV or JSON, or to the page with them, or null
     * @param linkText the link's text, in the language asked for; null: "download the data"
     */
    record Section(String heading, String intro, List<Row> rows, String dataHref, String linkText) {
        public Section {
            if (heading == null || heading.isBlank()) {
                throw new IllegalArgumentException("a portal section needs a heading");
            }
            rows = rows == null ? List.of() : List.copyOf(rows);
        }

        public Section(String heading, String intro, List<Row> rows, String dataHref) {
            this(heading, intro, rows, dataHref, null);
        }
    }

    record Row(String label, String value, String note) {
    }

    /** The sections for this public strategy, in the reader's language; empty when the module has none. */
    List<Section> sectionsFor(UUID strategyId, java.util.Locale locale);
}
