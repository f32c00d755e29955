package dk.pejling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's view of the running server over real HTTP, for the tests MockMvc cannot make: uploads the
 * container refuses before Spring sees them, streamed request bodies, the container's own error pages. It
 * keeps cookies like a browser, follows no redirect (the tests look at them) and signs in through the login
 * form with the CSRF token from the page.
 */
public final class RealBrowserSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    public RealBrowserSession(int port) {
        this.port = port;
    }

    public HttpClient client() {
        return client;
    }

    public URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Signs in as the test user (TestUsers' password) and checks that the login was not refused. */
    public RealBrowserSession signIn(TestUsers.TestUser user) throws IOException, InterruptedException {
        String token = csrf(get("/login").body());
        String form = "username=" + enc(user.principal().username()) + "&password=" + enc("a-long-test-password")
                + "&_csrf=" + enc(token);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return this;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token of a page's form, as the browser would send it back. */
    public static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1).replace("&#45;", "-");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
