package dk.pejling.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.Fixtures;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Uploads through POST /api/v1/strategies/{id}/documents and downloads of what was kept. */
@IntegrationTest
class DocumentApiTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Fixtures fixtures;
    TestUsers.TestUser editor;
    Strategy strategy;

    @BeforeEach
    void setUp() {
        editor = users.create(Role.ADMIN); // the permission rules are PermissionMatrixTest's
        strategy = fixtures.strategy("Dokumenter " + Fixtures.token(), fixtures.organisation("Dok " + Fixtures.token()).id())
                .create();
    }

    private ResultActions upload(Strategy target, MockMultipartFile file, long version) throws Exception {
        return mvc.perform(multipart("/api/v1/strategies/{id}/documents", target.id().value()).file(file)
                .param("version", Long.toString(version)).header("Authorization", editor.bearer()));
    }

    private void nothingWasKept() throws Exception {
        mvc.perform(get("/api/v1/strategies/" + strategy.id().value()))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.links.length()").value(0));
    }

    @Test
    void anAcceptedPdfCanBeDownloadedAgainByteForByte() throws Exception {
        String json = upload(strategy, new MockMultipartFile("file", "Tryg Aalborg – bilag.pdf", "application/pdf", PDF), 0)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value("Tryg Aalborg – bilag.pdf"))
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.size").value(PDF.length))
                .andReturn().getResponse().getContentAsString();
        String url = JsonPath.read(json, "$.url");

        byte[] downloaded = mvc.perform(get(url))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(PDF);
        mvc.perform(get("/api/v1/strategies/" + strategy.id().value()))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.links[0].url").value(url))
                .andExpect(jsonPath("$.links[0].fileName").value("Tryg Aalborg – bilag.pdf"));
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedWithAMessageAndNothingIsKept() throws Exception {
        byte[] big = Arrays.copyOf(PDF, 21 * 1024 * 1024);

        upload(strategy, new MockMultipartFile("file", "stor.pdf", "application/pdf", big), 0)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.file").value("is larger than 20 MB"));
        nothingWasKept();
    }

    @Test
    void anExecutableRenamedToPdfIsRefusedWithAMessage() throws Exception {
        upload(strategy, new MockMultipartFile("file", "rapport.pdf", "application/pdf", EXE), 0)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.file").value("the content of the file does not match its type application/pdf"));
        nothingWasKept();
    }

    @Test
    void aTypeOutsideTheAllowListIsRefusedWithAMessage() throws Exception {
        upload(strategy, new MockMultipartFile("file", "setup.exe", "application/x-msdownload", EXE), 0)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.file", org.hamcrest.Matchers.startsWith(
                        "files of type 'application/x-msdownload' are not accepted")));
        upload(strategy, new MockMultipartFile("file", "tom.pdf", "application/pdf", new byte[0]), 0)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.file").value("choose a file to upload"));
        nothingWasKept();
    }

    @Test
    void aStaleVersionIsAConflictAndNothingIsKept() throws Exception {
        upload(strategy, new MockMultipartFile("file", "a.pdf", "application/pdf", PDF), 1)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(0));
        mvc.perform(multipart("/api/v1/strategies/{id}/documents", strategy.id().value())
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF))
                        .param("version", "nul").header("Authorization", editor.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.version").exists());
        nothingWasKept();
    }

    @Test
    void uploadsNeedAnEditor() throws Exception {
        mvc.perform(multipart("/api/v1/strategies/{id}/documents", strategy.id().value())
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF)).param("version", "0"))
                .andExpect(status().isUnauthorized());
        TestUsers.TestUser reader = users.create(Role.READER);
        mvc.perform(multipart("/api/v1/strategies/{id}/documents", strategy.id().value())
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF)).param("version", "0")
                        .header("Authorization", reader.bearer()))
                .andExpect(status().isForbidden());
        nothingWasKept();
    }

    @Test
    void aDocumentOfAnInternalStrategyIsNotFoundForAnonymousCallers() throws Exception {
        Strategy hidden = fixtures.strategy("Intern med bilag", strategy.ownerId()).internal().create();
        String url = JsonPath.read(upload(hidden, new MockMultipartFile("file", "intern.pdf", "application/pdf", PDF), 0)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.url");
        String documentId = url.substring(url.lastIndexOf('/') + 1);

        mvc.perform(get(url)).andExpect(status().isNotFound());
        mvc.perform(get("/strategier/{id}/dokumenter/{doc}", hidden.id().value(), documentId)).andExpect(status().isNotFound());
        mvc.perform(get(url).header("Authorization", editor.bearer())).andExpect(status().isOk());
    }

    @Test
    void aDocumentIsOnlyFoundUnderItsOwnStrategy() throws Exception {
        String url = JsonPath.read(upload(strategy, new MockMultipartFile("file", "a.pdf", "application/pdf", PDF), 0)
                .andReturn().getResponse().getContentAsString(), "$.url");
        String documentId = url.substring(url.lastIndexOf('/') + 1);
        Strategy other = fixtures.strategy("Anden", strategy.ownerId()).create();

        mvc.perform(get("/api/v1/strategies/{id}/documents/{doc}", other.id().value(), documentId))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/strategies/{id}/documents/{doc}", strategy.id().value(), UUID.randomUUID()))
                .andExpect(status().isNotFound());
    }
}
