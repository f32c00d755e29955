package dk.pejling.report;

import java.time.Instant;
import java.util.List;

/**
 * A strategy's annual report for a year as computed at {@code asOf}: the free texts and, for each
 * main goal, its introduction, examples of initiatives and "Mål og resultater" with computed verdicts;
 * then the safety index values that feed the strategy's indicators, if any.
 */
public record AnnualReportDocument(String strategyTitle, String department, int year, Instant asOf,
                                   String foreword, String introduction, List<MainGoal> mainGoals,
                                   List<dk.pejling.safetyindex.IndexReportRow> safetyIndex) {

    public AnnualReportDocument {
        safetyIndex = safetyIndex == null ? List.of() : List.copyOf(safetyIndex);
    }

    /** Without the safety index (a strategy that no index value feeds). */
    public AnnualReportDocument(String strategyTitle, String department, int year, Instant asOf, String foreword,
                                String introduction, List<MainGoal> mainGoals) {
        this(strategyTitle, department, year, asOf, foreword, introduction, mainGoals, List.of());
    }

    /** Whether a value of the safety index in the report comes from generated (SYNTETISK) data. */
    public boolean safetyIndexSynthetic() {
        return safetyIndex.stream().anyMatch(dk.pejling.safetyindex.IndexReportRow::synthetic);
    }

    /** A main goal ("Hovedmål") with its texts and the results of its sub-goals. */
    public record MainGoal(String code, String title, String introduction, String examples, Result own,
                           List<Result> results, List<Chart> charts) {
        public String heading() {
            return code == null ? title : code + " " + title;
        }
    }

    /** One row of "Målet i <år> var: / Resultat": the goal and its computed verdict with the explanation. */
    public record Result(String code, String title, String status, String statusDa, String statusEn,
                         String explanationDa, String explanationEn) {
        public String goal() {
            return code == null ? title : code + " " + title;
        }

        public String explanation(boolean danish) {
            return danish ? explanationDa : explanationEn;
        }

        public String statusLabel(boolean danish) {
            return danish ? statusDa : statusEn;
        }
    }

    /** An indicator's chart as accessible SVG, with a text alternative. */
    public record Chart(String indicatorName, String svg, String alt) {
        /** The chart as a data URI, for renderers that take SVG as an image with an alt text. */
        public String dataUri() {
            return "data:image/svg+xml;base64," + java.util.Base64.getEncoder()
                    .encodeToString(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
