package dk.pejling.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A strategy's status report for one round as it stood at {@code asOf}: the legend and one row per
 * initiative, with the status and comment of the latest approved revision at that moment; then the safety
 * index values up to the status date's year that feed the strategy's indicators, if any.
 *
 * @param department the strategy's owner ("Forvaltning: …")
 * @param statusDate the round's "Status pr." date
 * @param asOf       the moment the report shows the data of, printed on it
 */
public record StatusReportDocument(String strategyTitle, String department, String roundTitle, LocalDate statusDate,
                                   Instant asOf, List<Legend> legend, List<Row> rows,
                                   List<dk.pejling.safetyindex.IndexReportRow> safetyIndex) {

    public StatusReportDocument {
        safetyIndex = safetyIndex == null ? List.of() : List.copyOf(safetyIndex);
    }

    /** Without the safety index (a strategy that no index value feeds). */
    public StatusReportDocument(String strategyTitle, String department, String roundTitle, LocalDate statusDate,
                                Instant asOf, List<Legend> legend, List<Row> rows) {
        this(strategyTitle, department, roundTitle, statusDate, asOf, legend, rows, List.of());
    }

    /** Whether a value of the safety index in the report comes from generated (SYNTETISK) data. */
    public boolean safetyIndexSynthetic() {
        return safetyIndex.stream().anyMatch(dk.pejling.safetyindex.IndexReportRow::synthetic);
    }

    /** One status of the legend, with colour, symbol and text in both languages. */
    public record Legend(String code, String labelDa, String labelEn, String colour, String icon) {
        public String label(boolean danish) {
            return danish ? labelDa : labelEn;
        }
    }

    /**
     * One initiative. {@code status} is null when nothing was approved for it at {@code asOf};
     * {@code description} and {@code comment} are sanitised rich text.
     */
    public record Row(String number, String title, String description, Legend status, String comment) {
        public boolean reported() {
            return status != null;
        }
    }
}
