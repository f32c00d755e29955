package dk.pejling.report.web;

import dk.pejling.organisation.OrganisationService;
import dk.pejling.report.Overview;
import dk.pejling.report.OverviewQuery;
import dk.pejling.report.OverviewService;
import dk.pejling.report.render.ReportRenderer;
import dk.pejling.shared.Viewer;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** "Overblik": the politicians' and leaders' page across every strategy they may see. */
@Controller
class OverviewPages {

    private final OverviewService overviews;
    private final OrganisationService organisations;
    private final ReportRenderer renderer;

    OverviewPages(OverviewService overviews, OrganisationService organisations, ReportRenderer renderer) {
        this.overviews = overviews;
        this.organisations = organisations;
        this.renderer = renderer;
    }

    @GetMapping("/oversigt")
    String overview(@RequestParam(required = false) Integer year, @RequestParam(required = false) UUID organisation,
                    @RequestParam(required = false) String theme, Viewer viewer, Locale locale, Model model) {
        Overview doc = overviews.overview(new OverviewQuery(year == null ? overviews.defaultYear() : year,
                organisation, theme), viewer);
        model.addAllAttributes(renderer.pageModel(doc, doc.asOf(), locale));
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("pdfLink", UriComponentsBuilder.fromPath("/oversigt/pdf").queryParam("year", doc.year())
                .queryParamIfPresent("organisation", java.util.Optional.ofNullable(doc.organisation()))
                .queryParamIfPresent("theme", java.util.Optional.ofNullable(doc.theme()))
                .encode().build().toUriString());
        return "report/overview-page";
    }
}
