package dk.pejling.safetyindex.web;

import dk.pejling.safetyindex.FeedService;
import dk.pejling.safetyindex.IndicatorFeed;
import dk.pejling.safetyindex.Period;
import dk.pejling.safetyindex.SafetyIndexPermissions;
import dk.pejling.safetyindex.SafetyIndexReadModels;
import dk.pejling.shared.FieldErrors;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.web.FormOutcome;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Kobling til mål": which value of the safety index (the index, a sub-index or an indicator of an area)
 * feeds which indicator of the goal tree, optionally as the change since a baseline. Editors and
 * coordinators see and make the feeds into indicators they may enter data for. The page is read in one call
 * of {@link SafetyIndexReadModels}; the model's other attributes are what the person typed and its errors.
 */
@Controller
class FeedPages {

    private final SafetyIndexReadModels readModels;
    private final FeedService feeds;
    private final FormOutcome forms;
    private final SafetyIndexPermissions indexPermissions;

    FeedPages(SafetyIndexReadModels readModels, FeedService feeds, FormOutcome forms,
              SafetyIndexPermissions indexPermissions) {
        this.readModels = readModels;
        this.indexPermissions = indexPermissions;
        this.feeds = feeds;
        this.forms = forms;
    }

    /** Who may not manage feeds is refused by the read model. */
    @GetMapping("/tryghed/koblinger")
    String feeds(Viewer viewer, Model model) {
        return page(Map.of(), Map.of(), viewer, model);
    }

    /**
     * A new feed as the form sends it.
     *
     * @param baseline empty, or the period whose value the change is counted from ("2015")
     */
    record FeedCommand(String indicatorKey, String area, String methodVersion, String component, String baseline) {

        /** The feed, with every field error at once; the baseline's own check names its field "period". */
        IndicatorFeed toFeed() {
            FieldErrors errors = new FieldErrors();
            Period from = baseline == null || baseline.isBlank() ? null : errors.collect(() -> {
                try {
                    return Period.of(baseline);
                } catch (InvalidInputException e) {
                    throw new InvalidInputException("baseline", e.fieldErrors().getOrDefault("period", "has an invalid value"));
                }
            });
            return errors.orThrow(errors.collect(() -> new IndicatorFeed(indicatorKey, area, methodVersion, component, from)));
        }
    }

    @PostMapping("/tryghed/koblinger")
    String create(FeedCommand command, BindingResult binding, Viewer viewer, Model model, RedirectAttributes redirect) {
        indexPermissions.requireManageFeeds(viewer); // the page's own gate, as for reading it: who may not edit sees no field errors
        return forms.render(binding, () -> {
            feeds.save(command.toFeed(), viewer);
            redirect.addFlashAttribute("message", "safetyindex.feeds.saved");
            return "redirect:/tryghed/koblinger";
        }, refusal -> page(refusal.errors(), refusal.typed(), viewer, model));
    }

    @PostMapping("/tryghed/koblinger/slet")
    String delete(@RequestParam(required = false) String indicatorKey, @RequestParam(required = false) String area,
                  @RequestParam(required = false) String methodVersion, Viewer viewer, RedirectAttributes redirect) {
        indexPermissions.requireManageFeeds(viewer);
        if (indicatorKey == null || area == null || methodVersion == null) {
            throw new InvalidInputException("indicatorKey", "must name an indicator");
        }
        feeds.delete(indicatorKey, area, methodVersion, viewer);
        redirect.addFlashAttribute("message", "safetyindex.feeds.deleted");
        return "redirect:/tryghed/koblinger";
    }

    private String page(Map<String, String> errors, Map<String, String> form, Viewer viewer, Model model) {
        model.addAttribute("page", readModels.feeds(viewer));
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return "safetyindex/feeds";
    }
}
