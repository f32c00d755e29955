package dk.pejling.demo;

import dk.pejling.organisation.OrganisationId;
import dk.pejling.proceedings.ItemLink;
import dk.pejling.proceedings.LinkKind;
import dk.pejling.proceedings.MinutesImportService;
import dk.pejling.proceedings.ParsedItem;
import dk.pejling.proceedings.Committees;
import dk.pejling.proceedings.Recorded;
import dk.pejling.strategy.Strategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Brings the seed minutes in through the minutes importer (preview, then confirm), linked to the strategies they decide. */
@Component
class ProceedingsDemoData {

    record ProceedingsFile(String body, List<TermEntry> terms, List<MinutesEntry> minutes) {
    }

    record TermEntry(String name, LocalDate from, LocalDate to) {
    }

    record MinutesEntry(String file, Map<String, List<String>> links) {
    }

    private final MinutesImportService imports;
    private final Committees committees;

    ProceedingsDemoData(MinutesImportService imports, Committees committees) {
        this.imports = imports;
        this.committees = committees;
    }

    /** @return the number of meetings imported */
    int load(ProceedingsFile file, Map<String, OrganisationId> orgs, Map<String, Strategy> strategies) {
        OrganisationId body = orgs.get(file.body());
        if (body == null) {
            throw new IllegalStateException("proceedings name unknown organisation " + file.body());
        }
        int meetings = 0;
        java.util.UUID bodyId = null;
        for (MinutesEntry entry : file.minutes()) {
            byte[] content = read(entry.file());
            MinutesImportService.Draft draft = imports.preview(content, entry.file().substring(entry.file().lastIndexOf('/') + 1),
                    DemoDataLoader.SYSTEM);
            Map<String, Set<ItemLink>> links = new HashMap<>();
            for (ParsedItem item : draft.minutes().items()) {
                for (String slug : entry.links() == null ? List.<String>of() : entry.links().getOrDefault(item.caseNumber(), List.of())) {
                    Strategy strategy = strategies.get(slug);
                    if (strategy == null) {
                        throw new IllegalStateException(entry.file() + " links to unknown strategy " + slug);
                    }
                    links.computeIfAbsent(item.number(), n -> new LinkedHashSet<>())
                            .add(new ItemLink(LinkKind.STRATEGY, strategy.id().value()));
                }
            }
            Recorded recorded = imports.confirm(draft.id(), null, body.value(), links, DemoDataLoader.SYSTEM);
            bodyId = committees.committee(recorded.meeting().committeeId()).bodyId();
            meetings++;
        }
        if (bodyId != null && file.terms() != null) {
            for (TermEntry term : file.terms()) {
                committees.addTerm(bodyId, term.name(), term.from(), term.to(), DemoDataLoader.SYSTEM);
            }
        }
        return meetings;
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo minutes " + path, e);
        }
    }
}
