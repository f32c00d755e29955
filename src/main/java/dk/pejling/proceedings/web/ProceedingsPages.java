package dk.pejling.proceedings.web;

import dk.pejling.proceedings.AgendaItemView;
import dk.pejling.proceedings.ProceedingsReadModels;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.StrategyId;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Committees, a meeting as agenda or minutes, a case with its timetable, and a strategy's political
 * history, each read in one call of {@link ProceedingsReadModels}. Agenda items reach the templates only as
 * {@link AgendaItemView}s for the viewer.
 */
@Controller
class ProceedingsPages {

    private final ProceedingsReadModels readModels;

    ProceedingsPages(ProceedingsReadModels readModels) {
        this.readModels = readModels;
    }

    @GetMapping("/udvalg")
    String committees(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Viewer viewer,
                      Model model) {
        model.addAttribute("page", readModels.committees(q, page, viewer));
        return "proceedings/committees";
    }

    @GetMapping("/udvalg/{id}")
    String committee(@PathVariable UUID id, Model model) {
        model.addAttribute("page", readModels.committee(id));
        return "proceedings/committee";
    }

    @GetMapping("/moeder/{id}")
    String meeting(@PathVariable UUID id, @RequestParam(name = "visning", defaultValue = "referat") String view,
                   Viewer viewer, Model model) {
        model.addAttribute("page", readModels.meeting(id, !"dagsorden".equals(view), viewer));
        return "proceedings/meeting";
    }

    @GetMapping("/sager/{id}")
    String proceedingsCase(@PathVariable UUID id, Viewer viewer, Model model) {
        model.addAttribute("page", readModels.proceedingsCase(id, viewer));
        return "proceedings/case";
    }

    @GetMapping("/strategier/{id}/politisk-behandling")
    String history(@PathVariable UUID id, Viewer viewer, Model model) {
        model.addAttribute("page", readModels.politicalHistory(new StrategyId(id), viewer));
        return "proceedings/history";
    }
}
