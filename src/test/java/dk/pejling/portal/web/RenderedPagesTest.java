package dk.pejling.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.WebSessions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The portal's rendered-page store: a page is rendered once and then served from memory, gzipped to a
 * client that asks, until a change is committed — then the very next request shows the change.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenderedPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    RenderedPages pages;
    String bearer;
    String indicator;
    String page;

    @BeforeAll
    void aPublicIndicator() throws Exception {
        bearer = users.create(dk.pejling.access.Role.ADMIN).bearer();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String owner = JsonPath.read(mvc.perform(get("/api/v1/organisations").param("q", "Nordjyllands Politi"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.items[0].id");
        String strategy = create("/api/v1/strategies", """
                {"title": "Lager %s", "kind": "STRATEGY", "ownerId": "%s", "status": "ADOPTED", "visibility": "PUBLIC"}"""
                .formatted(tag, owner));
        String goal = create("/api/v1/goals", """
                {"strategyId": "%s", "code": "A", "kind": "MAIN_GOAL", "title": "Mål %s", "visibility": "PUBLIC"}"""
                .formatted(strategy, tag));
        indicator = create("/api/v1/indicators", """
                {"name": "Lagerindikator %s", "unit": "COUNT", "direction": "LOWER_IS_BETTER", "visibility": "PUBLIC",
                 "goals": [{"goalId": "%s"}]}""".formatted(tag, goal));
        page = "/portal/indikatorer/" + indicator;
    }

    private String id(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String json)
            throws Exception {
        return JsonPath.read(mvc.perform(request.header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
    }

    private String create(String path, String json) throws Exception {
        return id(post(path), json);
    }

    private MockHttpServletResponse fetch(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse();
    }

    @Test
    void aPageIsStoredOnceAndShowsACommittedChangeAtTheNextRequest() throws Exception {
        String first = fetch(page).getContentAsString(StandardCharsets.UTF_8);
        String key = "da " + page;
        assertThat(pages.find(key)).as("stored after the first answer").isNotNull();
        assertThat(fetch(page).getContentAsString(StandardCharsets.UTF_8)).isEqualTo(first);
        assertThat(first).doesNotContain("4.321");

        create("/api/v1/indicators/" + indicator + "/measurements", """
                {"period": "2024", "value": 4321}""");

        assertThat(pages.find(key)).as("the commit emptied the store").isNull();
        assertThat(fetch(page).getContentAsString(StandardCharsets.UTF_8)).contains("4.321");
    }

    @Test
    void aStoredPageIsSentGzippedToAClientThatAsksWithItsEtagAndA304WhenUnchanged() throws Exception {
        String plain = fetch(page).getContentAsString(StandardCharsets.UTF_8);
        MockHttpServletResponse zipped = mvc.perform(get(page).header("Accept-Encoding", "gzip, deflate, br")).andReturn().getResponse();

        assertThat(zipped.getHeader("Content-Encoding")).isEqualTo("gzip");
        byte[] body;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.getContentAsByteArray()))) {
            body = in.readAllBytes();
        }
        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(plain);
        assertThat(zipped.getContentAsByteArray().length).isLessThan(plain.length() / 2);
        assertThat(zipped.getHeader("ETag")).isNotBlank();
        assertThat(zipped.getHeaders("Vary")).anyMatch(v -> v.contains("Accept-Encoding"));
        assertThat(zipped.getHeader("Set-Cookie")).isNull();

        MockHttpServletResponse again = mvc.perform(get(page).header("If-None-Match", zipped.getHeader("ETag")))
                .andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
    }

    @Test
    void onlyAnAnonymousAnswerIsStoredAndTheLanguageIsPartOfTheKey() throws Exception {
        pages.dataChanged();
        MockHttpSession admin = WebSessions.signIn(mvc, users.create(dk.pejling.access.Role.ADMIN).principal().username(),
                "a-long-test-password");
        mvc.perform(get(page).session(admin)).andReturn();
        assertThat(pages.find("da " + page)).as("a signed-in visitor's answer is not stored").isNull();

        String english = mvc.perform(get(page).cookie(new jakarta.servlet.http.Cookie("pejling-lang", "en")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(pages.find("en " + page)).isNotNull();
        assertThat(pages.find("da " + page)).isNull();
        String danish = fetch(page).getContentAsString(StandardCharsets.UTF_8);
        assertThat(danish).contains("lang=\"da\"").isNotEqualTo(english);
        assertThat(english).contains("lang=\"en\"");
    }
}
