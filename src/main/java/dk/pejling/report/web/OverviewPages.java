package dk.pejling.report.web;

import dk.pejling.report.ReportReadModels;
import dk.pejling.shared.Viewer;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Overblik": the politicians' and leaders' page across every strategy they may see. */
@Controller
class OverviewPages {

    private final ReportReadModels readModels;

    OverviewPages(ReportReadModels readModels) {
        this.readModels = readModels;
    }

    @GetMapping("/oversigt")
    String overview(@RequestParam(required = false) Integer year, @RequestParam(required = false) UUID organisation,
                    @RequestParam(required = false) String theme, Viewer viewer, Model model) {
        model.addAttribute("page", readModels.overview(year, organisation, theme, viewer));
        return "report/overview-page";
    }
}
