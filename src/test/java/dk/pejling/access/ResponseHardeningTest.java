package dk.pejling.access;

import static dk.pejling.RealBrowserSession.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.IntegrationTest;
import dk.pejling.RealBrowserSession;
import dk.pejling.TestUsers;
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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The small things of issue 12, item 14: a referrer policy on API, report and document answers, a
 * permissions policy on the API documentation, no 500 for a direct {@code GET /error}, and Pejling's own
 * page for an upload over the limit sent as a plain browser form (the CSRF token in the body).
 */
@IntegrationTest
class ResponseHardeningTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @LocalServerPort
    int port;

    @Test
    void apiReportsAndDocumentsCarryAReferrerPolicyAndTheApiDocumentationAPermissionsPolicy() throws Exception {
        for (String path : List.of("/api/v1/strategies", "/api/v1/organisations", "/api/v1/reports/annual?strategy="
                + UUID.randomUUID() + "&year=2018", "/api/v1/strategies/" + UUID.randomUUID() + "/documents/" + UUID.randomUUID())) {
            mvc.perform(get(path)).andExpect(header().string("Referrer-Policy", "same-origin"));
        }
        mvc.perform(get("/v3/api-docs")).andExpect(header().exists("Permissions-Policy"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
        mvc.perform(get("/swagger-ui/index.html")).andExpect(header().exists("Permissions-Policy"));
    }

    @Test
    void aDirectRequestForTheErrorPageIsNotAServerError() throws Exception {
        mvc.perform(get("/error")).andExpect(status().isNotFound());
        HttpResponse<String> real = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url("/error")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(real.statusCode()).isEqualTo(404);
    }

    @Test
    void anOverLimitUploadFromAPlainFormGetsPejlingsOwnPage() throws Exception {
        TestUsers.TestUser editor = users.create(Role.EDITOR);
        RealBrowserSession session = new RealBrowserSession(port).signIn(editor);
        HttpClient client = session.client();
        String token = csrf(session.get("/maalinger/import").body());

        String boundary = "pejling-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"stor.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long size = 25L * 1024 * 1024;
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(url("/maalinger/import"))
                .timeout(Duration.ofMinutes(2)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        () -> stream(head, size, tail)), head.length + size + tail.length)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isIn(400, 413);
        assertThat(response.body()).contains("<html").contains("Pejling").doesNotContainIgnoringCase("tomcat");
    }

    private static InputStream stream(byte[] head, long size, byte[] tail) {
        InputStream zeros = new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                left -= n;
                return n;
            }
        };
        return new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head), zeros,
                new ByteArrayInputStream(tail))));
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
