package dk.pejling.initiative.web;

import dk.pejling.initiative.InitiativeId;
import dk.pejling.initiative.InitiativeReadModels;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.StrategyId;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A strategy's initiatives, and one initiative with its partners, resources and status over time. */
@Controller
class InitiativePages {

    private final InitiativeReadModels readModels;

    InitiativePages(InitiativeReadModels readModels) {
        this.readModels = readModels;
    }

    @GetMapping("/strategier/{id}/indsatser")
    String list(@PathVariable UUID id, Viewer viewer, Model model) {
        model.addAttribute("page", readModels.strategyInitiatives(new StrategyId(id), viewer));
        return "initiative/list";
    }

    @GetMapping("/indsatser/{id}")
    String show(@PathVariable UUID id, Viewer viewer, Model model) {
        model.addAttribute("page", readModels.initiative(new InitiativeId(id), viewer));
        return "initiative/show";
    }
}
