package dk.pejling.report;

import dk.pejling.strategy.Strategy;
import java.util.Locale;

/**
 * Everything the page of a strategy's annual report shows, read in one call ({@link ReportReadModels#annualReport}).
 *
 * @param report  the report as the HTML file shows it, for the year asked or the strategy's default year
 * @param asOf    the date as asked ("" for now), to fill the form and the files' links with
 * @param canEdit whether the viewer is offered the form for the report's texts
 */
public record AnnualReportPage(Strategy strategy, AnnualReportDocument report, String asOf, boolean canEdit) {

    public AnnualReportPage {
        asOf = asOf == null ? "" : asOf;
    }

    public int year() {
        return report.year();
    }

    /** The files' address without the format: the same strategy, year and date. */
    public String fileBase() {
        return "/rapporter/aarsberetning?strategy=" + strategy.id().value() + "&year=" + year()
                + (asOf.isBlank() ? "" : "&asOf=" + asOf.strip());
    }

    /** "Data pr. …" in the page's language. */
    public String asOfText(Locale locale) {
        return AsOf.text(report.asOf(), locale);
    }
}
