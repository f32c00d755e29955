package dk.pejling.report;

import dk.pejling.organisation.Organisation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Everything the "Overblik" page shows, read in one call ({@link ReportReadModels#overview}).
 *
 * @param report        the overview as its HTML file shows it
 * @param organisations the organisations to filter by
 */
public record OverviewPage(Overview report, List<Organisation> organisations) {

    public OverviewPage {
        organisations = List.copyOf(organisations);
    }

    /** The one-page PDF of the same year and filters. */
    public String pdfLink() {
        return UriComponentsBuilder.fromPath("/oversigt/pdf").queryParam("year", report.year())
                .queryParamIfPresent("organisation", Optional.ofNullable(report.organisation()))
                .queryParamIfPresent("theme", Optional.ofNullable(report.theme()))
                .encode().build().toUriString();
    }

    /** "Data pr. …" in the page's language. */
    public String asOfText(Locale locale) {
        return AsOf.text(report.asOf(), locale);
    }
}
