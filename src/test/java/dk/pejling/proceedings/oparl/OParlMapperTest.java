package dk.pejling.proceedings.oparl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.pejling.proceedings.AgendaItem;
import dk.pejling.proceedings.Attachment;
import dk.pejling.proceedings.oparl.OParlQueries.FileRow;
import dk.pejling.proceedings.oparl.OParlQueries.MeetingRow;
import dk.pejling.proceedings.oparl.OParlQueries.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OParl objects as the mapper builds them from read models, written as the application writes JSON (no nulls). */
class OParlMapperTest {

    static final String ROOT = "https://pejling.test";
    static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(i -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();
    static final Instant CREATED = Instant.parse("2024-03-12T08:30:15.123456Z");
    static final Instant MODIFIED = Instant.parse("2024-07-01T10:00:00Z");

    final OParlMapper mapper = new OParlMapper(ROOT);
    final UUID meeting = UUID.randomUUID();

    private static JsonNode json(Object o) {
        return JSON.valueToTree(o);
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.propertyNames().forEach(keys::add);
        return keys;
    }

    private AgendaItem item(boolean closed, boolean deleted) {
        return AgendaItem.fromRow(UUID.randomUUID(), meeting, UUID.randomUUID(), "4", 3, "Personalesag", closed, "24/0999",
                "00.01.00", "Beskrivelse", "Indstilling", "Hemmelig beslutning", deleted, CREATED, MODIFIED,
                List.of(new Attachment(UUID.randomUUID(), "Bilag om medarbejderen.pdf", null)));
    }

    @Test
    void aClosedItemShowsOnlyItsPlaceOnTheAgenda() {
        JsonNode o = json(mapper.agendaItem(item(true, false)));

        assertThat(o.get("type").asString()).isEqualTo("https://schema.oparl.org/1.1/AgendaItem");
        assertThat(o.get("public").asBoolean()).isFalse();
        assertThat(o.get("name").asString()).isEqualTo("Personalesag");
        assertThat(o.get("order").asInt()).isEqualTo(3);
        assertThat(o.has("resolutionText") || o.has("auxiliaryFile") || o.has("consultation") || o.has("keyword")).isFalse();
        assertThat(o.toString()).doesNotContain("Hemmelig").doesNotContain("medarbejderen");
    }

    @Test
    void anOpenItemCarriesItsDecisionFilesCaseAndKeyword() {
        AgendaItem open = item(false, false);
        JsonNode o = json(mapper.agendaItem(open));

        assertThat(keys(o)).containsExactly("id", "type", "meeting", "number", "order", "name", "public", "consultation",
                "resolutionText", "auxiliaryFile", "keyword", "created", "modified", "web");
        assertThat(o.get("id").asString()).isEqualTo(ROOT + "/oparl/v1/agendaItem/" + open.id());
        assertThat(o.get("consultation").asString()).isEqualTo(ROOT + "/oparl/v1/consultation/" + open.id());
        assertThat(o.get("keyword").get(0).asString()).isEqualTo("KLE 00.01.00");
        // A file the minutes give no address for is found on the item's page.
        assertThat(o.get("auxiliaryFile").get(0).get("accessUrl").asString())
                .isEqualTo(ROOT + "/moeder/" + meeting + "#punkt-" + open.id());
        // OParl's times carry the offset and no fraction.
        assertThat(o.get("created").asString()).isEqualTo("2024-03-12T09:30:15+01:00");
        assertThat(o.get("modified").asString()).isEqualTo("2024-07-01T12:00:00+02:00");
    }

    @Test
    void aDeletedObjectIsOnlyItsStub() {
        MeetingRow row = new MeetingRow(meeting, UUID.randomUUID(), UUID.randomUUID(), "Socialudvalget",
                LocalDate.of(2024, 3, 12), null, null, "Rådhuset", "MINUTES_PUBLISHED", true, CREATED, MODIFIED);

        JsonNode o = json(mapper.meeting(row, List.of(item(false, false))));
        JsonNode item = json(mapper.agendaItem(item(false, true)));

        assertThat(keys(o)).containsExactly("id", "type", "created", "modified", "deleted");
        assertThat(o.get("deleted").asBoolean()).isTrue();
        assertThat(keys(item)).containsExactly("id", "type", "created", "modified", "deleted");
    }

    @Test
    void aMeetingEmbedsItsPlaceAndItemsAndStartsAtMidnightWithoutATime() {
        MeetingRow row = new MeetingRow(meeting, UUID.randomUUID(), UUID.randomUUID(), "Socialudvalget",
                LocalDate.of(2024, 3, 12), null, LocalTime.of(17, 30), "Rådhuset", "AGENDA_PUBLISHED", false, CREATED, MODIFIED);

        JsonNode o = json(mapper.meeting(row, List.of(item(false, false), item(true, false))));

        assertThat(o.get("name").asString()).isEqualTo("Socialudvalget 12.03.2024");
        assertThat(o.get("meetingState").asString()).isEqualTo("eingeladen");
        assertThat(o.get("start").asString()).isEqualTo("2024-03-12T00:00:00+01:00");
        assertThat(o.get("end").asString()).isEqualTo("2024-03-12T17:30:00+01:00");
        assertThat(o.get("location").get("id").asString()).isEqualTo(ROOT + "/oparl/v1/location/" + meeting);
        assertThat(o.get("agendaItem")).hasSize(2);
        assertThat(o.get("agendaItem").get(1).get("public").asBoolean()).isFalse();
    }

    @Test
    void aPageLinksToTheNextAfterItsLastRowWithTheSameParameters() {
        FileRow a = new FileRow(UUID.randomUUID(), "a.pdf", "https://kommune.test/a.pdf", UUID.randomUUID(), meeting, false, CREATED, MODIFIED);
        FileRow b = new FileRow(UUID.randomUUID(), "b.pdf", null, UUID.randomUUID(), meeting, false, CREATED, MODIFIED);
        UUID after = UUID.randomUUID();
        OParlListRequest.Paging paging = new OParlListRequest("2024-01-01T00:00:00Z", null, null, null, "2",
                after.toString()).parse();

        JsonNode list = json(mapper.page(new Page<>(List.of(a, b), true), mapper::file, FileRow::fileId, "/body/x/file", paging));
        JsonNode last = json(mapper.page(new Page<>(List.of(a), false), mapper::file, FileRow::fileId, "/body/x/file", paging));

        String base = ROOT + "/oparl/v1/body/x/file?created_since=2024-01-01T00:00:00Z&limit=2";
        assertThat(list.get("links").get("first").asString()).isEqualTo(base);
        assertThat(list.get("links").get("self").asString()).isEqualTo(base + "&after=" + after);
        assertThat(list.get("links").get("next").asString()).isEqualTo(base + "&after=" + b.fileId());
        assertThat(list.get("pagination").get("elementsPerPage").asInt()).isEqualTo(2);
        assertThat(list.get("data").get(0).get("accessUrl").asString()).isEqualTo("https://kommune.test/a.pdf");
        assertThat(last.get("links").has("next")).isFalse();
    }

    @Test
    void aTimeWithAnOffsetStaysAnOffsetInThePageLinks() {
        FileRow a = new FileRow(UUID.randomUUID(), "a.pdf", null, UUID.randomUUID(), meeting, false, CREATED, MODIFIED);
        OParlListRequest.Paging paging = new OParlListRequest(null, null, "2024-01-01T10:00:00+01:00", null, "1", null).parse();

        JsonNode list = json(mapper.page(new Page<>(List.of(a), true), mapper::file, FileRow::fileId, "/body/x/file", paging));

        // a server reads a bare '+' in a query as a space: the offset must arrive as %2B
        assertThat(list.get("links").get("next").asString())
                .contains("=2024-01-01T10:00:00%2B01:00").doesNotContain("+01:00");
    }
}
