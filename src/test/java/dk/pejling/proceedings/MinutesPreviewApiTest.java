package dk.pejling.proceedings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A preview the importer could not complete is finished by a person through the API: date, committee and body
 * set, a missed item split off, an item closed; then confirmed, and the meeting appears under its own body in
 * OParl. The minutes text is SYNTETISK.
 */
@IntegrationTest
class MinutesPreviewApiTest {

    private static final String TEXT = """
            Referat
            1. Godkendelse af dagsorden
            Beslutning
            Godkendt.
            Bilag
            Dagsorden.pdf https://dagsorden.example.dk/bilag/1.pdf
            2. Vejbelysning på Hovedgaden
            Sagsfremstilling
            Lygterne skiftes.
            Trafiksikkerhed ved skolen
            Der ønskes en fodgængerovergang.
            Beslutning
            Overgangen etableres.
            4. Personalesag
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Committees committees;
    @Autowired
    MinutesImportService imports;

    @Test
    void aPersonFinishesAnIncompletePreviewAndConfirmsItIntoTheChosenBody() throws Exception {
        TestUsers.TestUser editor = users.create(Role.EDITOR);
        String committee = "Trafikudvalget " + UUID.randomUUID().toString().substring(0, 8);
        String created = mvc.perform(multipart("/api/v1/proceedings/imports")
                        .file(new MockMultipartFile("file", "referat.txt", "text/plain", TEXT.getBytes(StandardCharsets.UTF_8)))
                        .header("Authorization", editor.bearer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.layout").value("generic"))
                .andExpect(jsonPath("$.confidence.date.level").value("MISSING"))
                .andExpect(jsonPath("$.confidence.committee.level").value("MISSING"))
                .andExpect(jsonPath("$.items[2].confidence.fields.number.level").value("CHECK"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        int version = JsonPath.read(created, "$.version");

        // Confirm cannot go through yet, and says which value is missing.
        mvc.perform(post("/api/v1/proceedings/imports/{id}/confirm", id).header("Authorization", editor.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.committee").exists());

        List<BodyChoice> choices = imports.bodyChoices();
        assertThat(choices).hasSizeGreaterThan(1);
        UUID body = choices.getLast().organisationId();
        String meeting = mvc.perform(put("/api/v1/proceedings/imports/{id}/meeting", id).header("Authorization", editor.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + ", \"date\": \"2021-10-27\", \"committee\": \"" + committee
                                + "\", \"body\": \"" + body + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.meeting.date").value("2021-10-27"))
                .andExpect(jsonPath("$.body").value(body.toString()))
                .andExpect(jsonPath("$.confidence.date.level").value("CERTAIN"))
                .andExpect(jsonPath("$.confidence.body.reason").value("set"))
                .andReturn().getResponse().getContentAsString();
        version = JsonPath.read(meeting, "$.version");

        // A stale version is refused and changes nothing.
        mvc.perform(post("/api/v1/proceedings/imports/{id}/merge", id).header("Authorization", editor.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0, \"number\": \"1\"}"))
                .andExpect(status().isConflict());
        // A split that names text the item does not hold is a field error.
        mvc.perform(post("/api/v1/proceedings/imports/{id}/split", id).header("Authorization", editor.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + ", \"number\": \"2\", \"newNumber\": \"3\", \"newTitle\": \"Findes ikke\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.newTitle").exists());

        String split = mvc.perform(post("/api/v1/proceedings/imports/{id}/split", id).header("Authorization", editor.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + ", \"number\": \"2\", \"newNumber\": \"3\", "
                                + "\"newTitle\": \"Trafiksikkerhed ved skolen\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[2].number").value("3"))
                .andExpect(jsonPath("$.items[2].decision").value("Overgangen etableres."))
                .andExpect(jsonPath("$.items[3].confidence.fields.number.level").value("CERTAIN"))
                .andReturn().getResponse().getContentAsString();
        version = JsonPath.read(split, "$.version");
        String closed = mvc.perform(put("/api/v1/proceedings/imports/{id}/item", id).header("Authorization", editor.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + ", \"number\": \"4\", \"title\": \"Personalesag\", \"closed\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[3].closed").value(true))
                .andReturn().getResponse().getContentAsString();
        version = JsonPath.read(closed, "$.version");

        // Someone else's draft stays invisible, corrections included.
        mvc.perform(put("/api/v1/proceedings/imports/{id}/meeting", id).header("Authorization", users.create(Role.EDITOR).bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + version + ", \"committee\": \"X\"}"))
                .andExpect(status().isNotFound());

        String confirmed = mvc.perform(post("/api/v1/proceedings/imports/{id}/confirm", id).header("Authorization", editor.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + version + "}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String meetingId = JsonPath.read(confirmed, "$.meetingId");
        mvc.perform(get("/api/v1/proceedings/meetings/{id}", meetingId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committee").value(committee))
                .andExpect(jsonPath("$.date").value("2021-10-27"))
                .andExpect(jsonPath("$.items[0].attachmentLinks[0].url").value("https://dagsorden.example.dk/bilag/1.pdf"));

        // The meeting belongs to the chosen body, which OParl lists as a Body of its own.
        UUID bodyId = committees.bodies().stream().filter(b -> body.equals(b.organisationId())).findFirst().orElseThrow().id();
        mvc.perform(get("/oparl/v1/bodies"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data[*].id", hasItem("http://localhost/oparl/v1/body/" + bodyId)));
        mvc.perform(get("/oparl/v1/body/{id}/meeting", bodyId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data[*].id", hasItem("http://localhost/oparl/v1/meeting/" + meetingId)));
        // The attachment the minutes gave a web address for is a File whose accessUrl is that address.
        mvc.perform(get("/oparl/v1/body/{id}/file", bodyId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data[*].accessUrl", hasItem("https://dagsorden.example.dk/bilag/1.pdf")));
    }
}
