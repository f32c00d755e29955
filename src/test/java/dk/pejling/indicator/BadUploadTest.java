package dk.pejling.indicator;

import static dk.pejling.RealBrowserSession.csrf;
import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.IntegrationTest;
import dk.pejling.RealBrowserSession;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A 50 MB upload is over the servlet's multipart limit (20 MB), and a broken multipart body cannot
 * be parsed: both fail before a controller is chosen. Sent to the running server (the 50 MB
 * streamed, never held in memory), they must still get a clear answer, in the API and on the
 * import page, and never a 500.
 */
@IntegrationTest
class BadUploadTest {

    private static final long FIFTY_MB = 50L * 1024 * 1024;
    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;

    @Test
    void fiftyMegabytesToTheApiGetAClearProblemNotA500() throws Exception {
        TestUsers.TestUser editor = users.create(Role.EDITOR);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Multipart body = new Multipart();
        HttpResponse<String> response = client.send(body.post(url("/api/v1/measurements/imports?dryRun=true"))
                .header("Authorization", editor.bearer()).build(), HttpResponse.BodyHandlers.ofString());

        // an import API answers a file it cannot take with 400 and the field error, whatever the reason
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"title\":\"File too large\"")
                .contains("The file is larger than the 20 MB the server accepts in one upload.")
                .contains("\"fieldErrors\":{\"file\":\"is larger than 20 MB\"}");
    }

    /** Issue 14 item 11: the safety index's import answers the 50 MB file as every import API does. */
    @Test
    void fiftyMegabytesToTheSafetyIndexImportGetTheSame400() throws Exception {
        TestUsers.TestUser editor = users.create(Role.EDITOR);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response = client.send(new Multipart().post(url("/api/v1/safety-index/imports?kind=crime"))
                .header("Authorization", editor.bearer()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"fieldErrors\":{\"file\":\"is larger than 20 MB\"}");
    }

    @Test
    void fiftyMegabytesOnTheImportPageGetTheMessageInDanish() throws Exception {
        TestUsers.TestUser editor = users.create(Role.EDITOR);
        RealBrowserSession session = new RealBrowserSession(port).signIn(editor);
        HttpClient client = session.client();
        HttpResponse<String> page = session.get("/maalinger/import");
        assertThat(page.statusCode()).isEqualTo(200);

        Multipart body = new Multipart();
        HttpResponse<String> response = client.send(body.post(url("/maalinger/import"))
                .header("X-CSRF-TOKEN", csrf(page.body())).header("HX-Request", "true").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("class=\"alert alert-error\"")
                .contains("Filen er større end de 20 MB, serveren modtager ad gangen.")
                .doesNotContain("<html");
    }

    @Test
    void aMultipartBodyThatEndsHalfwayIsA400NotA500() throws Exception {
        TestUsers.TestUser editor = users.create(Role.EDITOR);
        String broken = "--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.csv\"\r\n\r\nindikator;periode";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        url("/api/v1/measurements/imports?dryRun=true"))
                .header("Authorization", editor.bearer()).header("Content-Type", "multipart/form-data; boundary=cut")
                .POST(HttpRequest.BodyPublishers.ofString(broken)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"fieldErrors\":{\"file\":\"could not be read; send it again\"}");
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A multipart body with a 50 MB CSV file, generated while it is sent. */
    private static final class Multipart {
        private final String boundary = "pejling-" + UUID.randomUUID();
        private final byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"stor.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nindikator;periode;værdi\r\n").getBytes(StandardCharsets.UTF_8);
        private final byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);

        HttpRequest.Builder post(URI uri) {
            long length = head.length + FIFTY_MB + tail.length;
            return HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(this::stream), length));
        }

        private InputStream stream() {
            return new SequenceInputStream(Collections.enumeration(java.util.List.of(
                    new ByteArrayInputStream(head), new Rows(FIFTY_MB), new ByteArrayInputStream(tail))));
        }
    }

    /** {@code size} bytes of CSV rows, never held in memory. */
    private static final class Rows extends InputStream {
        private static final byte[] ROW = "uddannelseshjaelp-modtagere;2018;1774\r\n".getBytes(StandardCharsets.US_ASCII);
        private final long size;
        private long sent;

        Rows(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return sent < size ? ROW[(int) (sent++ % ROW.length)] : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (sent >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - sent);
            for (int i = 0; i < n; i++) {
                b[off + i] = ROW[(int) ((sent + i) % ROW.length)];
            }
            sent += n;
            return n;
        }
    }
}
