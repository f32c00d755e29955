package dk.pejling.strategy.web;

import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.web.Downloads;
import dk.pejling.shared.web.FieldErrorMessages;
import dk.pejling.shared.web.FormOutcome;
import dk.pejling.strategy.LifecycleStatus;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyFormPage;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyKind;
import dk.pejling.strategy.StrategyLink;
import dk.pejling.strategy.StrategyListPage;
import dk.pejling.strategy.StrategyPermissions;
import dk.pejling.strategy.StrategyReadModels;
import dk.pejling.strategy.StrategyService;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The start page, the strategy page and the strategy forms (Post/Redirect/Get). */
@Controller
class StrategyPages {

    private final StrategyService strategies;
    private final StrategyReadModels readModels;
    private final FieldErrorMessages errorMessages;
    private final StrategyPermissions permissions;

    StrategyPages(StrategyService strategies, StrategyReadModels readModels, FieldErrorMessages errorMessages,
                  StrategyPermissions permissions) {
        this.strategies = strategies;
        this.readModels = readModels;
        this.errorMessages = errorMessages;
        this.permissions = permissions;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) String q, @RequestParam(required = false) UUID organisation,
                @RequestParam(required = false) LifecycleStatus status, @RequestParam(required = false) StrategyKind kind,
                @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
                Viewer viewer, Model model) {
        model.addAttribute("page", readModels.strategies(
                new StrategyListPage.Query(q, organisation, status, kind, year, page), viewer));
        return "strategy/index";
    }

    @GetMapping("/strategier/{id}")
    String show(@PathVariable UUID id, Viewer viewer, Model model) {
        model.addAttribute("page", readModels.strategy(new StrategyId(id), viewer));
        return "strategy/show";
    }

    @GetMapping("/strategier/ny")
    String newForm(Viewer viewer, Model model) {
        return form(readModels.newStrategyForm(viewer), new StrategyForm().withBlankRows(), Map.of(), model);
    }

    @PostMapping("/strategier/ny")
    String create(@ModelAttribute("form") StrategyForm form, BindingResult binding, Viewer viewer, Model model,
                  Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        UUID owner = form.getOwnerId();
        Viewer.require(permissions.maySubmitRegistration(owner, viewer)); // refuse before reading the form: who may not, learns nothing from field errors
        try {
            FormOutcome.requireValid(binding);
            Strategy created = strategies.create(form.toDetails(), null, viewer);
            redirect.addFlashAttribute("message", "strategy.saved");
            return "redirect:/strategier/" + created.id().value();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(readModels.newStrategyForm(viewer), form.withBlankRows(),
                    errorMessages.localise(e.fieldErrors(), locale), model);
        }
    }

    @GetMapping("/strategier/{id}/rediger")
    String editForm(@PathVariable UUID id, Viewer viewer, Model model) {
        StrategyFormPage page = readModels.strategyForm(new StrategyId(id), viewer); // a hidden strategy is 404 first
        return form(page, StrategyForm.of(page.strategy()).withBlankRows(), Map.of(), model);
    }

    @PostMapping("/strategier/{id}/rediger")
    String update(@PathVariable UUID id, @ModelAttribute("form") StrategyForm form, BindingResult binding,
                  Viewer viewer, Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        Strategy strategy = strategies.get(new StrategyId(id), viewer);
        permissions.requireEditStrategy(id, viewer); // refuse before reading the form: who may not, learns nothing from field errors
        try {
            FormOutcome.requireValid(binding);
            strategies.update(strategy.id(), form.getVersion() == null ? -1 : form.getVersion(), form.toDetails(), viewer);
            redirect.addFlashAttribute("message", "strategy.saved");
            return "redirect:/strategier/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(readModels.strategyForm(strategy.id(), viewer), form.withBlankRows(),
                    errorMessages.localise(e.fieldErrors(), locale), model);
        }
    }

    @PostMapping("/strategier/{id}/slet")
    String delete(@PathVariable UUID id, Viewer viewer, RedirectAttributes redirect) {
        strategies.delete(new StrategyId(id), viewer);
        redirect.addFlashAttribute("message", "strategy.deleted");
        return "redirect:/";
    }

    @PostMapping("/strategier/{id}/dokumenter")
    String upload(@PathVariable UUID id, @RequestParam("file") MultipartFile file,
                  @RequestParam(required = false) String title, @RequestParam long version, Viewer viewer,
                  Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            strategies.attachDocument(new StrategyId(id), version, title, file.getOriginalFilename(),
                    file.getContentType(), file.getSize(), file.getInputStream(), viewer);
            redirect.addFlashAttribute("message", "strategy.uploaded");
            return "redirect:/strategier/" + id + "#dokumenter";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("uploadErrors", errorMessages.localise(e.fieldErrors(), locale));
            return show(id, viewer, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/strategier/{id}/dokumenter/{documentId}")
    ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable UUID documentId, Viewer viewer) {
        StrategyService.DocumentDownload download = strategies.download(new StrategyId(id), documentId, viewer);
        StrategyLink link = download.link();
        return Downloads.attachment(link.fileName(), link.contentType(), link.sizeBytes(), download.content());
    }

    private String form(StrategyFormPage page, StrategyForm form, Map<String, String> errors, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "strategy/form";
    }
}
