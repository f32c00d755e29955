package dk.pejling.report;

import dk.pejling.strategy.Strategy;
import java.util.Locale;
import java.util.UUID;

/**
 * Everything the page of a round's status report shows, read in one call ({@link ReportReadModels#statusReport}).
 *
 * @param strategy the strategy the round belongs to (breadcrumbs, the background job's form)
 * @param report   the report as the HTML file shows it
 * @param asOf     the date as asked ("" for now), to fill the form and the files' links with
 */
public record StatusReportPage(Strategy strategy, UUID roundId, StatusReportDocument report, String asOf) {

    public StatusReportPage {
        asOf = asOf == null ? "" : asOf;
    }

    /** The files' address without the format: the same strategy, round and date. */
    public String fileBase() {
        return "/rapporter/status?strategy=" + strategy.id().value() + "&round=" + roundId
                + (asOf.isBlank() ? "" : "&asOf=" + asOf.strip());
    }

    /** "Data pr. …" in the page's language. */
    public String asOfText(Locale locale) {
        return AsOf.text(report.asOf(), locale);
    }
}
