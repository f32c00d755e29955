package dk.pejling.proceedings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.format.PatternFormat;
import dk.pejling.IntegrationTest;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every object the OParl API serves validates against the official OParl 1.1 schemas (with their
 * "schema" references rewritten to $ref, so nested objects are checked too), and keeps the rules
 * that are only in the specification's text.
 */
@IntegrationTest
class OParlSchemaTest {

    static final List<String> TYPES = List.of("System", "Body", "Organization", "Person", "Membership", "Meeting",
            "AgendaItem", "Paper", "Consultation", "File", "Location", "LegislativeTerm");
    static final String SCHEMAS = "https://schema.oparl.test/1.1/";
    static final Map<String, JsonSchema> SCHEMA = schemas();
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;
    @Autowired
    ProceedingsTestData data;
    @Autowired
    Committees committees;
    @Autowired
    Meetings meetings;
    ProceedingsTestData.Imported imported;

    static Map<String, JsonSchema> schemas() {
        Map<String, String> texts = new HashMap<>();
        for (String type : TYPES) {
            try (InputStream in = OParlSchemaTest.class.getClassLoader().getResourceAsStream("oparl/schema/" + type + ".json")) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                // The specification's own reference keyword, which no standard validator follows.
                texts.put(SCHEMAS + type + ".json", text.replaceAll("\"schema\"\\s*:\\s*\"([A-Za-z]+\\.json)\"", "\"\\$ref\": \"$1\""));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        JsonMetaSchema meta = JsonMetaSchema.builder(JsonMetaSchema.getV4())
                .format(PatternFormat.of("url", "^https?://[^\\s]+$", null)).build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                b -> b.metaSchema(meta).schemaLoaders(l -> l.schemas(texts)));
        Map<String, JsonSchema> out = new HashMap<>();
        TYPES.forEach(t -> out.put(t, factory.getSchema(SchemaLocation.of(SCHEMAS + t + ".json"))));
        return out;
    }

    @BeforeEach
    void setUp() throws Exception {
        imported = data.importWithClosedItems();
        UUID body = committees.committee(meetings.meeting(imported.recorded().meeting().id()).committeeId()).bodyId();
        if (committees.terms(body).isEmpty()) {
            committees.addTerm(body, "Byrådsperioden 2022-2025", java.time.LocalDate.of(2022, 1, 1),
                    java.time.LocalDate.of(2025, 12, 31), ProceedingsTestData.EDITOR);
        }
    }

    private JsonNode fetch(String url) throws Exception {
        String body = mvc.perform(get(URI.create(url))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(body);
    }

    static List<String> errors(JsonNode object) {
        String type = object.path("type").asText("");
        String name = type.substring(type.lastIndexOf('/') + 1);
        JsonSchema schema = SCHEMA.get(name);
        if (schema == null) {
            return List.of("unknown type " + type);
        }
        List<String> errors = new ArrayList<>();
        for (ValidationMessage m : schema.validate(object)) {
            errors.add(name + " " + object.path("id").asText() + ": " + m.getMessage());
        }
        checkTextRules(object, errors);
        return errors;
    }

    /** Rules only in the specification's text: created and modified on every object, nested ones too; deleted objects are bare. */
    static void checkTextRules(JsonNode object, List<String> errors) {
        String id = object.path("id").asText();
        for (String field : List.of("created", "modified")) {
            if (!object.hasNonNull(field)) {
                errors.add(id + " has no " + field);
            }
        }
        if (object.path("deleted").asBoolean(false)) {
            Set<String> keys = new HashSet<>();
            object.fieldNames().forEachRemaining(keys::add);
            if (!Set.of("id", "type", "created", "modified", "deleted").containsAll(keys)) {
                errors.add(id + " is deleted but carries " + keys);
            }
        }
        if (object.hasNonNull("created") && object.hasNonNull("modified")
                && Instant.parse(normal(object.get("modified").asText())).isBefore(Instant.parse(normal(object.get("created").asText())))) {
            errors.add(id + " was modified before it was created");
        }
        object.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (v.isObject() && v.has("type")) {
                errors.addAll(errors(v));
            } else if (v.isArray()) {
                v.forEach(x -> {
                    if (x.isObject() && x.has("type")) {
                        errors.addAll(errors(x));
                    }
                });
            }
        });
    }

    private static String normal(String dateTime) {
        return java.time.OffsetDateTime.parse(dateTime).toInstant().toString();
    }

    @Test
    void theValidatorChecksNestedObjects() throws Exception {
        // A meeting whose embedded agenda item lacks "order" and whose location lacks "type": both must be caught.
        JsonNode broken = JSON.readTree("""
                {"id": "https://x.test/m/1", "type": "https://schema.oparl.org/1.1/Meeting",
                 "created": "2014-08-19T13:00:00+02:00", "modified": "2014-08-19T13:00:00+02:00",
                 "agendaItem": [{"id": "https://x.test/a/1", "type": "https://schema.oparl.org/1.1/AgendaItem",
                                 "created": "2014-08-19T13:00:00+02:00", "modified": "2014-08-19T13:00:00+02:00"}],
                 "location": {"id": "not a url"}}""");
        List<String> errors = new ArrayList<>();
        SCHEMA.get("Meeting").validate(broken).forEach(m -> errors.add(m.getMessage()));
        assertThat(String.join("\n", errors)).contains("order").contains("type");
    }

    @Test
    void everyObjectValidatesAndEveryIdResolves() throws Exception {
        JsonNode system = fetch("http://localhost/oparl/v1");
        List<String> errors = new ArrayList<>(errors(system));
        Map<String, Integer> seen = new LinkedHashMap<>();
        seen.merge("System", 1, Integer::sum);
        Set<String> resolved = new HashSet<>();
        JsonNode bodies = fetch(system.get("body").asText());
        assertThat(bodies.get("data")).isNotEmpty();
        for (JsonNode body : bodies.get("data")) {
            errors.addAll(errors(body));
            seen.merge("Body", 1, Integer::sum);
            resolve(body, errors, resolved);
            body.path("legislativeTerm").forEach(t -> seen.merge("LegislativeTerm", 1, Integer::sum));
            for (String list : List.of("organization", "person", "membership", "meeting", "agendaItem", "paper",
                    "consultation", "file", "locationList", "legislativeTermList")) {
                String next = body.get(list).asText();
                int pages = 0;
                while (next != null && pages++ < 20) {
                    JsonNode page = fetch(next);
                    assertThat(page.has("data") && page.has("links") && page.has("pagination")).as(next).isTrue();
                    for (JsonNode object : page.get("data")) {
                        errors.addAll(errors(object));
                        String type = object.get("type").asText();
                        seen.merge(type.substring(type.lastIndexOf('/') + 1), 1, Integer::sum);
                        if (resolved.size() < 400) {
                            resolve(object, errors, resolved);
                        }
                    }
                    next = page.get("links").hasNonNull("next") ? page.get("links").get("next").asText() : null;
                }
            }
        }
        assertThat(errors).isEmpty();
        assertThat(seen.keySet()).containsAll(TYPES);
    }

    /** An object's id is a URL that answers with the same object. */
    private void resolve(JsonNode object, List<String> errors, Set<String> resolved) throws Exception {
        String id = object.get("id").asText();
        if (!resolved.add(id)) {
            return;
        }
        JsonNode again = fetch(id);
        if (!again.path("id").asText().equals(id) || !again.path("type").equals(object.get("type"))) {
            errors.add(id + " does not resolve to itself");
        }
    }

    @Test
    void pagesFollowNextLinksWithoutGapsOrRepeats() throws Exception {
        JsonNode body = fetch(fetch("http://localhost/oparl/v1/bodies").get("data").get(0).get("id").asText());
        Set<String> all = new HashSet<>();
        fetch(body.get("agendaItem").asText() + "?limit=100").get("data").forEach(i -> all.add(i.get("id").asText()));
        List<String> paged = new ArrayList<>();
        String next = body.get("agendaItem").asText() + "?limit=3";
        while (next != null) {
            JsonNode page = fetch(next);
            assertThat(page.get("data").size()).isLessThanOrEqualTo(3);
            page.get("data").forEach(i -> paged.add(i.get("id").asText()));
            next = page.get("links").hasNonNull("next") ? page.get("links").get("next").asText() : null;
        }
        assertThat(paged).doesNotHaveDuplicates();
        if (all.size() < 100) {
            assertThat(new HashSet<>(paged)).isEqualTo(all);
        }
        mvc.perform(get(body.get("agendaItem").asText() + "?limit=0")).andExpect(status().isBadRequest());
        mvc.perform(get(body.get("agendaItem").asText() + "?modified_since=yesterday")).andExpect(status().isBadRequest());
    }

    @Test
    void deletedObjectsAreListedOnlyWhenModifiedSinceIsGiven() throws Exception {
        String since = "2000-01-01T00:00:00Z";
        java.util.UUID meeting = imported.recorded().meeting().id();
        String bodyUrl = fetch("http://localhost/oparl/v1/meeting/" + meeting).get("organization").get(0).asText();
        String meetings = fetch(bodyUrl).get("meeting").asText();
        this.meetings.deleteMeeting(meeting, ProceedingsTestData.EDITOR);

        JsonNode deleted = fetch("http://localhost/oparl/v1/meeting/" + meeting);
        assertThat(deleted.get("deleted").asBoolean()).isTrue();
        assertThat(errors(deleted)).isEmpty();
        assertThat(ids(meetings + "?limit=100")).doesNotContain(deleted.get("id").asText());
        assertThat(ids(meetings + "?limit=100&modified_since=" + since)).contains(deleted.get("id").asText());
        String item = "http://localhost/oparl/v1/agendaItem/" + imported.item(0).id();
        assertThat(fetch(item).get("deleted").asBoolean()).isTrue();
    }

    private List<String> ids(String url) throws Exception {
        List<String> ids = new ArrayList<>();
        String next = url;
        while (next != null) {
            JsonNode page = fetch(next);
            page.get("data").forEach(o -> ids.add(o.get("id").asText()));
            next = page.get("links").hasNonNull("next") ? page.get("links").get("next").asText() : null;
        }
        return ids;
    }

    @Test
    void createdAndModifiedFiltersNarrowTheList() throws Exception {
        JsonNode body = fetch(fetch("http://localhost/oparl/v1/bodies").get("data").get(0).get("id").asText());
        String items = body.get("agendaItem").asText();
        assertThat(fetch(items + "?created_since=2999-01-01T00:00:00Z").get("data")).isEmpty();
        assertThat(fetch(items + "?created_until=2000-01-01T00:00:00Z").get("data")).isEmpty();
        assertThat(fetch(items + "?modified_until=2999-01-01T00:00:00Z").get("data")).isNotEmpty();
        JsonNode filtered = fetch(items + "?created_since=2000-01-01T00:00:00Z&limit=1");
        assertThat(filtered.get("links").get("next").asText()).contains("created_since=2000-01-01T00:00:00Z");
    }
}
