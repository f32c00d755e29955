package dk.pejling.proceedings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@IntegrationTest
class MinutesImportApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    TestUsers.TestUser editor;

    @BeforeEach
    void setUp() {
        editor = users.create(Role.EDITOR);
    }

    private ResultActions upload(byte[] content, TestUsers.TestUser user) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/proceedings/imports");
        if (content != null) {
            request.file(new MockMultipartFile("file", "referat.txt", "text/plain", content));
        }
        if (user != null) {
            request.header("Authorization", user.bearer());
        }
        return mvc.perform(request);
    }

    private long meetings() {
        return jdbc.sql("SELECT COUNT(*) FROM meeting").query(Long.class).single();
    }

    @Test
    void previewsTheBeskaeftigelsesudvalgetMinutesWithoutSavingAndSavesThemOnConfirm() throws Exception {
        long before = meetings();
        String body = upload(MinutesParserTest.resource("demo/proceedings/beskaeftigelsesudvalget-2014-08-19.txt")
                .getBytes(StandardCharsets.UTF_8), editor)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.meeting.committee").value("Beskæftigelsesudvalget"))
                .andExpect(jsonPath("$.meeting.date").value("2014-08-19"))
                .andExpect(jsonPath("$.meeting.place").value("Mødelokale E, Sønderbro 12, 9000 Aalborg"))
                .andExpect(jsonPath("$.meeting.absent", hasSize(2)))
                .andExpect(jsonPath("$.items", hasSize(10)))
                .andExpect(jsonPath("$.items[4].number").value("5"))
                .andExpect(jsonPath("$.items[4].caseNumber").value("2014-1516"))
                .andExpect(jsonPath("$.items[4].closed").value(false))
                .andExpect(jsonPath("$.items[9].closed").value(true))
                .andExpect(jsonPath("$.items[0].decision").value("Godkendt."))
                .andExpect(jsonPath("$.unrecognised").isArray())
                .andReturn().getResponse().getContentAsString();
        assertThat(meetings()).isEqualTo(before);

        String id = JsonPath.read(body, "$.id");
        String confirmed = mvc.perform(post("/api/v1/proceedings/imports/{id}/confirm", id)
                        .header("Authorization", editor.bearer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.items", hasSize(10)))
                .andReturn().getResponse().getContentAsString();
        assertThat(meetings()).isEqualTo(before + 1);
        String meetingId = JsonPath.read(confirmed, "$.meetingId");
        mvc.perform(get("/api/v1/proceedings/meetings/{id}", meetingId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committee").value("Beskæftigelsesudvalget"))
                .andExpect(jsonPath("$.items[4].title").value("Udkast til strategien \"Tryg Aalborg - en mere tryg kommune\" 2014-2017"))
                .andExpect(jsonPath("$.participants[0].attendance").value("absent"));

        // A draft is confirmed once.
        mvc.perform(post("/api/v1/proceedings/imports/{id}/confirm", id).header("Authorization", editor.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.id").exists());
    }

    @Test
    void previewsTheSkoleudvalgetItem() throws Exception {
        upload(MinutesParserTest.resource("demo/proceedings/skoleudvalget-2014-04-22.txt").getBytes(StandardCharsets.UTF_8), editor)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.meeting.committee").value("Skoleudvalget"))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].number").value("3"))
                .andExpect(jsonPath("$.items[0].caseNumber").value("2014-1516"))
                .andExpect(jsonPath("$.items[0].decision").value(org.hamcrest.Matchers.startsWith("Drøftedes.")));
    }

    @Test
    void onlyEditorsImportAndConfirm() throws Exception {
        byte[] text = MinutesParserTest.resource("proceedings/socialudvalget-2024-03-12.txt").getBytes(StandardCharsets.UTF_8);
        upload(text, null).andExpect(status().isUnauthorized());
        upload(text, users.create(Role.READER)).andExpect(status().isForbidden());
        String id = JsonPath.read(upload(text, editor).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/proceedings/imports/{id}/confirm", id)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/proceedings/imports/{id}/confirm", id)
                .header("Authorization", users.create(Role.READER).bearer())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/proceedings/imports/{id}", id)
                .header("Authorization", users.create(Role.READER).bearer())).andExpect(status().isForbidden());
    }

    @Test
    void badUploadsAre400WithFieldErrors() throws Exception {
        upload(null, editor).andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors.file").exists());
        upload("Dette er ikke et referat.\nIngen punkter her.".getBytes(StandardCharsets.UTF_8), editor)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.file").value("no agenda item was found in the file"));
        upload(new byte[] {'%', 'P', 'D', 'F', 0, 1, 2}, editor)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.file").exists());
        String noCommittee = "1. Vejbelysning\nSagsnr.: 23/77\nBeslutning\nUdsat.\n";
        String id = JsonPath.read(upload(noCommittee.getBytes(StandardCharsets.UTF_8), editor)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.meeting.committee").doesNotExist())
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/proceedings/imports/{id}/confirm", id).header("Authorization", editor.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.committee").exists());
        mvc.perform(post("/api/v1/proceedings/imports/{id}/confirm", id).header("Authorization", editor.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"committee\":\"Teknisk Udvalg\",\"links\":[{\"item\":\"1\",\"kind\":\"planet\",\"targetId\":\"" 
                                + java.util.UUID.randomUUID() + "\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors['links[0]']").exists());
    }
}
