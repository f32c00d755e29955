package dk.pejling.archive;

import static dk.pejling.RealBrowserSession.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.IntegrationTest;
import dk.pejling.RealBrowserSession;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import dk.pejling.archive.engine.Manifest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The restore page over a real connection, where the servlet's 20 MB multipart limit applies: the page
 * posts the archive as the request body, which is streamed, so an archive over the limit is checked
 * whole; the same archive as a multipart field is refused by the limit.
 */
@IntegrationTest
class ArchiveRestorePageTest {

    private static final int DOCUMENT_BYTES = 24 * 1024 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anArchiveOverTheMultipartLimitIsCheckedWholeThroughThePage() throws Exception {
        TestUsers.TestUser admin = users.create(Role.ADMIN);
        byte[] archive = withLargeDocument(mvc.perform(post("/api/v1/admin/archives").header("Authorization", admin.bearer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(archive.length).isGreaterThan(21 * 1024 * 1024);
        long audit = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE record_type = 'archive_restore'", Long.class);

        RealBrowserSession session = new RealBrowserSession(port).signIn(admin);
        HttpClient client = session.client();
        HttpResponse<String> page = session.get("/admin/arkiv");
        Document form = Jsoup.parse(page.body());
        assertThat(form.select("script[src=/js/archive-restore.js]")).hasSize(1);
        String header = form.select("#restore-form").attr("data-csrf-header");
        assertThat(header).isNotBlank();

        // As the page's script sends it: the file itself as the body.
        HttpResponse<String> streamed = client.send(HttpRequest.newBuilder(url("/admin/arkiv/gendan?dryRun=true"))
                .header("Content-Type", "application/zip").header(header, csrf(page.body()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(archive)).build(), HttpResponse.BodyHandlers.ofString());
        // The whole archive was read and checked (every entry's checksum, the large document's too);
        // what stops it is only that this installation is not empty.
        assertThat(streamed.statusCode()).isEqualTo(409);
        Document answer = Jsoup.parse(streamed.body());
        assertThat(answer.select("#restore-problems li").eachText()).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem).startsWith("Installationen er ikke tom"));
        assertThat(answer.select("#restore-problems").text()).contains("Intet er skrevet");
        assertThat(answer.select("#file-error")).isEmpty();

        // The same archive as a multipart field meets the limit.
        String boundary = "pejling-" + UUID.randomUUID();
        ByteArrayOutputStream multipart = new ByteArrayOutputStream();
        multipart.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"stor.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        multipart.write(archive);
        multipart.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(url("/admin/arkiv/gendan?dryRun=true"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header(header, csrf(page.body()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(413);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE record_type = 'archive_restore'", Long.class))
                .isEqualTo(audit);
    }

    /** The archive with one more document of random bytes, declared in its manifest like any other. */
    private static byte[] withLargeDocument(byte[] zip) throws Exception {
        byte[] document = new byte[DOCUMENT_BYTES];
        new Random(19).nextBytes(document);
        String hash = sha256(document);
        ByteArrayOutputStream out = new ByteArrayOutputStream(DOCUMENT_BYTES + zip.length * 2);
        Manifest manifest = null;
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip)); ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals(Manifest.NAME)) {
                    manifest = Manifest.parse(bytes);
                    continue;
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(bytes);
                copy.closeEntry();
            }
            copy.putNextEntry(new ZipEntry("files/" + hash));
            copy.write(document);
            copy.closeEntry();
            Map<String, Manifest.Entry> entries = new TreeMap<>(manifest.entries());
            entries.put("files/" + hash, new Manifest.Entry(hash, document.length));
            Manifest larger = new Manifest(manifest.formatVersion(), manifest.appVersion(), manifest.flywayVersion(),
                    manifest.scope(), manifest.organisation(), manifest.createdAt(), manifest.rowCounts(), entries,
                    manifest.sharedRecords());
            copy.putNextEntry(new ZipEntry(Manifest.NAME));
            copy.write(larger.toJson());
            copy.closeEntry();
        }
        return out.toByteArray();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
