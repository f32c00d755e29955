package dk.pejling.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.Fixtures;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import dk.pejling.shared.PejlingProperties;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Neither an uploaded file nor its row outlives a failed upload, and files no row names are swept away. */
@IntegrationTest
class DocumentOrphansTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PejlingProperties properties;
    @Autowired
    DocumentSweep sweep;

    @Test
    void anUploadThatFailsAfterTheFileWasWrittenLeavesNeitherFileNorRow() throws Exception {
        TestUsers.TestUser admin = users.create(Role.ADMIN);
        Strategy strategy = fixtures.strategy("Upload " + Fixtures.token(), fixtures.organisation("Up " + Fixtures.token()).id())
                .create();
        List<Path> before = files();
        mvc.perform(multipart("/api/v1/strategies/{id}/documents", strategy.id().value())
                        .file(new MockMultipartFile("file", "plan.pdf", "application/pdf", PDF))
                        .param("title", "T".repeat(5000)).param("version", "0").header("Authorization", admin.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors['links[0].title']").value("must be at most 300 characters"));
        assertThat(files()).containsExactlyInAnyOrderElementsOf(before);
        mvc.perform(get("/api/v1/strategies/" + strategy.id().value())).andExpect(jsonPath("$.links.length()").value(0));
    }

    @Test
    void theSweepDeletesOldFilesNoDocumentNamesAndKeepsTheRest() throws Exception {
        TestUsers.TestUser admin = users.create(Role.ADMIN);
        Strategy strategy = fixtures.strategy("Sweep " + Fixtures.token(), fixtures.organisation("Sw " + Fixtures.token()).id())
                .create();
        String id = com.jayway.jsonpath.JsonPath.read(mvc.perform(multipart("/api/v1/strategies/{id}/documents",
                        strategy.id().value()).file(new MockMultipartFile("file", "plan.pdf", "application/pdf", PDF))
                        .param("version", "0").header("Authorization", admin.bearer()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        Path root = properties.dataDir().resolve("documents");
        Path stored = root.resolve(id);
        Path orphan = Files.write(root.resolve(UUID.randomUUID().toString()), PDF);
        Path part = Files.write(root.resolve("upload-123.part"), PDF);
        Path young = Files.write(root.resolve(UUID.randomUUID().toString()), PDF);
        Path foreign = Files.write(root.resolve("README.txt"), PDF);
        FileTime old = FileTime.from(Instant.now().minus(DocumentSweep.GRACE).minusSeconds(60));
        for (Path p : List.of(orphan, part, foreign, stored)) {
            Files.setLastModifiedTime(p, old);
        }

        assertThat(sweep.sweep()).isGreaterThanOrEqualTo(2);

        assertThat(orphan).doesNotExist();
        assertThat(part).doesNotExist();
        assertThat(young).as("may belong to an upload in progress").exists();
        assertThat(foreign).as("not named by Pejling").exists();
        assertThat(stored).as("a document's file").exists();
        Files.delete(young);
        Files.delete(foreign);
    }

    private List<Path> files() throws Exception {
        Path root = properties.dataDir().resolve("documents");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(root)) {
            return all.toList();
        }
    }
}
