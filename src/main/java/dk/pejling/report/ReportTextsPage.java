package dk.pejling.report;

import dk.pejling.strategy.Strategy;
import java.util.List;

/**
 * The form for an annual report's texts, read in one call ({@link ReportReadModels#reportTexts}).
 *
 * @param sections every section of the year's report in its order, with the text and version written so far
 */
public record ReportTextsPage(Strategy strategy, int year, List<ReportTextService.Section> sections) {

    public ReportTextsPage {
        sections = List.copyOf(sections);
    }
}
