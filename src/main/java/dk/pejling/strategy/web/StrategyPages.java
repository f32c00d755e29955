package dk.pejling.strategy.web;

import dk.pejling.organisation.OrganisationId;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.ListPage;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.web.FieldErrorMessages;
import dk.pejling.shared.web.FormOutcome;
import dk.pejling.strategy.LifecycleStatus;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyFilter;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyKind;
import dk.pejling.strategy.StrategyLink;
import dk.pejling.strategy.StrategyOverviews;
import dk.pejling.strategy.StrategyPermissions;
import dk.pejling.strategy.StrategyService;
import dk.pejling.strategy.StrategySummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import dk.pejling.shared.web.Downloads;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import jakarta.servlet.http.HttpServletResponse;

/** The start page, the strategy page and the strategy forms (Post/Redirect/Get). */
@Controller
class StrategyPages {

    static final int PAGE_SIZE = 25;
    private final StrategyService strategies;
    private final StrategyOverviews overviews;
    private final OrganisationService organisations;
    private final FieldErrorMessages errorMessages;
    private final List<dk.pejling.strategy.StrategyPageLinks> pageLinks;
    private final StrategyPermissions permissions;

    StrategyPages(StrategyService strategies, StrategyOverviews overviews, OrganisationService organisations,
                  FieldErrorMessages errorMessages, List<dk.pejling.strategy.StrategyPageLinks> pageLinks,
                  StrategyPermissions permissions) {
        this.permissions = permissions;
        this.pageLinks = pageLinks;
        this.strategies = strategies;
        this.overviews = overviews;
        this.organisations = organisations;
        this.errorMessages = errorMessages;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) String q, @RequestParam(required = false) UUID organisation,
                @RequestParam(required = false) LifecycleStatus status, @RequestParam(required = false) StrategyKind kind,
                @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
                Viewer viewer, Model model) {
        StrategyFilter filter = new StrategyFilter(organisation == null ? null : new OrganisationId(organisation),
                status, kind, year);
        ListPage<StrategySummary> result = strategies.list(filter, new PageQuery(q, Math.max(page, 0), PAGE_SIZE), viewer);
        Map<String, List<StrategySummary>> byOwner = new LinkedHashMap<>();
        result.items().forEach(s -> byOwner.computeIfAbsent(s.ownerName(), k -> new java.util.ArrayList<>()).add(s));
        model.addAttribute("groups", byOwner);
        model.addAttribute("total", result.total());
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("organisation", organisation);
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("year", year);
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("statuses", LifecycleStatus.values());
        model.addAttribute("kinds", StrategyKind.values());
        model.addAttribute("canEdit", permissions.mayOpenRegistrationForm(viewer));
        return "strategy/index";
    }

    @GetMapping("/strategier/{id}")
    String show(@PathVariable UUID id, Viewer viewer, Model model) {
        var overview = overviews.of(new StrategyId(id), viewer);
        model.addAttribute("overview", overview);
        model.addAttribute("pageLinks", pageLinks.stream()
                .flatMap(p -> p.linksFor(overview.strategy(), viewer).stream()).toList());
        model.addAttribute("canEdit", permissions.mayEditStrategy(id, viewer));
        model.addAttribute("documentNotes", strategies.extractionNotes(new StrategyId(id), viewer));
        return "strategy/show";
    }

    @GetMapping("/strategier/ny")
    String newForm(Viewer viewer, Model model) {
        Viewer.require(permissions.mayOpenRegistrationForm(viewer));
        return form(new StrategyForm().withBlankRows(), null, Map.of(), model, viewer);
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
            return form(form.withBlankRows(), null, errorMessages.localise(e.fieldErrors(), locale), model, viewer);
        }
    }

    @GetMapping("/strategier/{id}/rediger")
    String editForm(@PathVariable UUID id, Viewer viewer, Model model) {
        Strategy strategy = strategies.get(new StrategyId(id), viewer);
        permissions.requireEditStrategy(id, viewer);
        return form(StrategyForm.of(strategy).withBlankRows(), strategy, Map.of(), model, viewer);
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
            return form(form.withBlankRows(), strategy, errorMessages.localise(e.fieldErrors(), locale), model, viewer);
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
        StrategyLink link = strategies.document(new StrategyId(id), documentId, viewer);
        return Downloads.attachment(link.fileName(), link.contentType(), link.sizeBytes(), strategies.openDocument(new StrategyId(id), documentId, viewer));
    }

    private String form(StrategyForm form, Strategy strategy, Map<String, String> errors, Model model, Viewer viewer) {
        model.addAttribute("form", form);
        model.addAttribute("strategy", strategy);
        model.addAttribute("errors", errors);
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("statuses", LifecycleStatus.values());
        model.addAttribute("kinds", StrategyKind.values());
        model.addAttribute("relationKinds", dk.pejling.strategy.RelationKind.values());
        model.addAttribute("visibilities", dk.pejling.shared.Visibility.values());
        model.addAttribute("otherStrategies", strategies.list(StrategyFilter.none(), new PageQuery(null, 0, PageQuery.MAX_SIZE), viewer)
                .items().stream().filter(s -> strategy == null || !s.id().equals(strategy.id().value())).toList());
        return "strategy/form";
    }

}
