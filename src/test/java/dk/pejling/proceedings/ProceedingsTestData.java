package dk.pejling.proceedings;

import dk.pejling.Fixtures;
import dk.pejling.shared.Viewer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Imports the second-layout test minutes under a fresh committee name: items 4 and 5 are closed and
 * carry secrets that must never reach the public.
 */
@Component
public class ProceedingsTestData {

    static final String SECRET_DESCRIPTION = "Fortroligt indhold om en medarbejder";
    static final String SECRET_DECISION = "Hemmelig beslutning om medarbejderen";
    static final String SECRET_PURCHASE = "købet godkendes for 4,2 mio. kr";
    static final Viewer EDITOR = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.EDITOR), "test-editor");

    private final MinutesImportService imports;
    private final dk.pejling.organisation.OrganisationService organisations;

    ProceedingsTestData(MinutesImportService imports, dk.pejling.organisation.OrganisationService organisations) {
        this.imports = imports;
        this.organisations = organisations;
    }

    public record Imported(String committee, Recorded recorded) {
        public AgendaItem item(int index) {
            return recorded.items().get(index);
        }
    }

    public Imported importWithClosedItems() throws Exception {
        String committee = "Udvalg " + Fixtures.token();
        String text = MinutesParserTest.resource("proceedings/socialudvalget-2024-03-12.txt")
                .replace("Social- og Sundhedsudvalget", committee)
                // A case number of its own, so that this case is closed in every treatment.
                .replace("24/0999", "24/" + Fixtures.token());
        MinutesImportService.Draft draft = imports.preview(text.getBytes(StandardCharsets.UTF_8), "referat.txt", EDITOR);
        return new Imported(committee, imports.confirm(draft.id(), null,
                organisations.findBySlug("aalborg-kommune").orElseThrow().id().value(), Map.of(), EDITOR));
    }
}
