package dk.pejling.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.TestUsers.TestUser;
import dk.pejling.access.Role;
import dk.pejling.shared.Viewer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Uploaded documents end to end: the upload answers at once, the text is read after the commit and found
 * by the search; a file whose text cannot be read is kept and says why on the strategy's page.
 */
@IntegrationTest
class DocumentTextTest {

    private static final Viewer ADMIN = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.ADMIN), "test");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    SearchService search;

    @Test
    void theTextOfAnUploadedDocumentIsFoundAndAnUnreadableOneIsKeptWithANote() throws Exception {
        TestUser admin = users.create(Role.ADMIN);
        String owner = JsonPath.read(mvc.perform(get("/api/v1/organisations").param("q", "Aalborg Kommune")).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8), "$.items[0].id");
        String strategy = JsonPath.read(mvc.perform(post("/api/v1/strategies").header("Authorization", admin.bearer())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"title": "Dokumentplan", "kind": "PLAN", "ownerId": "%s", "status": "ADOPTED", "visibility": "PUBLIC"}"""
                        .formatted(owner))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
        String word = "dokumentord" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").replace("a", "");

        upload(admin, strategy, "plan.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                TextExtractorTest.docx("Referat om " + word + " og tryghedsvandringer i Løvvangen"));
        upload(admin, strategy, "krypteret.pdf", "application/pdf", TextExtractorTest.pdf("Hemmeligt", true));

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                search.search(new SearchRequest(word, SearchType.DOCUMENT, null, null, null, 0, 10), Viewer.anonymous()).total() == 1);
        // a part of a compound finds the document as well: "tryghedsvandringer" is split at index time
        assertThat(search.search(new SearchRequest("tryghed", SearchType.DOCUMENT, UUID.fromString(strategy), null, null, 0, 10),
                ADMIN).total()).isEqualTo(1);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> page(strategy).contains("tekst kunne ikke udtrækkes"));
        assertThat(page(strategy)).contains("krypteret.pdf").contains("tekst kunne ikke udtrækkes: filen er krypteret");
    }

    private void upload(TestUser admin, String strategy, String name, String type, byte[] content) throws Exception {
        int version = JsonPath.read(mvc.perform(get("/api/v1/strategies/" + strategy).header("Authorization", admin.bearer()))
                .andReturn().getResponse().getContentAsString(), "$.version");
        int status = mvc.perform(multipart("/api/v1/strategies/{id}/documents", strategy)
                .file(new MockMultipartFile("file", name, type, content)).param("version", String.valueOf(version))
                .header("Authorization", admin.bearer())).andReturn().getResponse().getStatus();
        assertThat(status).as(name).isBetween(200, 201);
    }

    private String page(String strategy) throws Exception {
        return mvc.perform(get("/strategier/" + strategy)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
