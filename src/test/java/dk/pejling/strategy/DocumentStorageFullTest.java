package dk.pejling.strategy;

import static dk.pejling.WebSessions.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.Fixtures;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.WebSessions;
import dk.pejling.access.Role;
import dk.pejling.shared.StorageFullException;
import dk.pejling.strategy.store.DocumentFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The storage fills up in the middle of an upload (the drill in bench/drills/disk-full.sh did it with
 * a full file system): the store has written part of the file and fails as the operating system does,
 * with "No space left on device". The answer says so (507, in Danish on the page), no row names the
 * file, and the store is told to delete whatever it kept under the document's id.
 */
@IntegrationTest
class DocumentStorageFullTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Fixtures fixtures;
    /** The spy every {@code @IntegrationTest} has (see there): the real store until {@link #storageFillsUp()}. */
    @Autowired
    DocumentFiles files;

    private final List<UUID> attempted = new ArrayList<>();

    @AfterEach
    void realStoreAgain() {
        reset(files);
    }

    /** Reads a little of the upload, as a store that writes does, then fails like a full disk. */
    private void storageFillsUp() {
        doAnswer(call -> {
            attempted.add(call.getArgument(0));
            InputStream in = call.getArgument(1);
            in.readNBytes(16);
            throw new UncheckedIOException("could not store document " + call.getArgument(0),
                    new IOException("No space left on device"));
        }).when(files).write(any(UUID.class), any(InputStream.class));
    }

    @Test
    void theApiAnswers507AndNoRowNamesTheFile() throws Exception {
        TestUsers.TestUser admin = users.create(Role.ADMIN);
        Strategy strategy = fixtures.strategy("Fuld disk " + Fixtures.token(), fixtures.organisation("Fd " + Fixtures.token()).id())
                .create();
        storageFillsUp();

        mvc.perform(multipart("/api/v1/strategies/{id}/documents", strategy.id().value())
                        .file(new MockMultipartFile("file", "plan.pdf", "application/pdf", PDF))
                        .param("version", "0").header("Authorization", admin.bearer()))
                .andExpect(status().isInsufficientStorage())
                .andExpect(jsonPath("$.title").value("Storage full"))
                .andExpect(jsonPath("$.detail").value("The server has no room left to store the file. Nothing was saved; try again later."));

        mvc.perform(get("/api/v1/strategies/" + strategy.id().value()).header("Authorization", admin.bearer()))
                .andExpect(jsonPath("$.links.length()").value(0))
                .andExpect(jsonPath("$.version").value(0));
        assertThat(attempted).hasSize(1);
        verify(files).delete(eq(attempted.getFirst())); // the part the store may have kept goes with the rollback
    }

    @Test
    void thePageSaysInDanishThatTheFileWasNotSaved() throws Exception {
        Strategy strategy = fixtures.strategy("Fuld disk side " + Fixtures.token(), fixtures.organisation("Fs " + Fixtures.token()).id())
                .create();
        MockHttpSession session = WebSessions.signIn(mvc, users.create(Role.ADMIN).principal().username(), "a-long-test-password");
        storageFillsUp();

        Document doc = page(mvc.perform(multipart("/strategier/{id}/dokumenter", strategy.id().value())
                        .file(new MockMultipartFile("file", "notat.txt", "text/plain", "Et notat".getBytes(StandardCharsets.UTF_8)))
                        .param("version", "0").session(session).with(csrf()))
                .andExpect(status().isInsufficientStorage()).andReturn());

        assertThat(doc.selectFirst("h1").text()).isEqualTo("Filen blev ikke gemt");
        assertThat(doc.text()).contains("Der er ikke mere plads på serveren til filen. Intet er ændret.");
    }

    @Test
    void onlyAFullStorageCountsAsFull() {
        assertThat(StorageFullException.causedByFullStorage(new UncheckedIOException(new IOException("No space left on device")))).isTrue();
        assertThat(StorageFullException.causedByFullStorage(new RuntimeException(new IOException("Disk quota exceeded")))).isTrue();
        assertThat(StorageFullException.causedByFullStorage(new UncheckedIOException(new IOException("Permission denied")))).isFalse();
        assertThat(StorageFullException.causedByFullStorage(new IllegalStateException("No space left on device"))).isFalse();
        assertThat(StorageFullException.causedByFullStorage(null)).isFalse();
    }
}
