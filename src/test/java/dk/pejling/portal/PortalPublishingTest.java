package dk.pejling.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.WebSessions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Publish controls, tested the way a leak would happen: canary words are planted in every internal
 * record and unpublished field of a public strategy (and in an internal strategy whose every record is
 * internal), then every portal page, feed, embed and data file reachable from the portal is fetched —
 * as the public and as a signed-in administrator — and searched for them.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalPublishingTest {

    private static final Pattern HREF = Pattern.compile("(?:href|src)=\"([^\"#]+)");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    PublicData data;
    PortalFixture fixture;
    MockHttpSession admin;

    @BeforeAll
    void plantTheCanaries() throws Exception {
        fixture = new PortalFixture(mvc, users).build();
        var user = users.create(dk.pejling.access.Role.ADMIN);
        admin = WebSessions.signIn(mvc, user.principal().username(), "a-long-test-password");
    }

    private MvcResult fetch(String url, MockHttpSession session) throws Exception {
        var request = get(url);
        if (session != null) {
            request.session(session);
        }
        return mvc.perform(request).andReturn();
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Every portal path reachable from the fixture's pages and the portal's own pages, with its answer. */
    private Map<String, String> crawl(MockHttpSession session) throws Exception {
        Deque<String> open = new ArrayDeque<>(List.of("/portal", "/portal?lang=en", "/portal/strategier/" + fixture.strategyKey,
                "/portal/strategier/" + fixture.strategyKey + "?lang=en", "/portal/tilgaengelighed", "/portal/om-data",
                "/portal/privatliv", "/portal/kontakt", "/data/catalog.ttl", "/data/catalog.jsonld",
                "/portal/embed/maal/" + fixture.goal, "/portal/embed/indikatorer/" + fixture.indicator));
        Map<String, String> seen = new LinkedHashMap<>();
        while (!open.isEmpty()) {
            String url = open.pop();
            if (seen.containsKey(url)) {
                continue;
            }
            MvcResult result = fetch(url, session);
            assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
            String text = body(result);
            seen.put(url, text);
            Matcher m = HREF.matcher(text);
            while (m.find()) {
                String link = m.group(1).replace("&amp;", "&");
                boolean ours = link.contains(fixture.strategy) || link.contains(fixture.strategyKey) || link.contains(fixture.goal)
                        || link.contains(fixture.indicator) || link.contains(fixture.initiative);
                if ((link.startsWith("/portal") || link.startsWith("/data")) && ours) {
                    open.add(link);
                }
            }
        }
        return seen;
    }

    @Test
    void internalCanaryWordsNeverAppearOnAnyPortalPageFeedEmbedOrDataFile() throws Exception {
        Map<String, String> anonymous = crawl(null);

        assertThat(anonymous.keySet()).as("the crawl reached every kind of portal path").anyMatch(u -> u.endsWith("feed.atom"))
                .anyMatch(u -> u.endsWith("data.csv")).anyMatch(u -> u.endsWith("data-excel.csv")).anyMatch(u -> u.endsWith("data.json"))
                .anyMatch(u -> u.startsWith("/portal/maal/")).anyMatch(u -> u.startsWith("/portal/indikatorer/"))
                .anyMatch(u -> u.startsWith("/portal/embed/"));
        anonymous.forEach((url, text) -> {
            for (String canary : fixture.canaries) {
                assertThat(text).as(url + " holds no internal word").doesNotContain(canary);
            }
        });
        assertThat(anonymous.get("/portal/strategier/" + fixture.strategyKey))
                .as("the public parts are there").contains("Flere trygge borgere " + fixture.tag, "Natteravne " + fixture.tag)
                .contains("[person 1]");
    }

    @Test
    void aSignedInAdministratorSeesExactlyWhatThePublicSees() throws Exception {
        Map<String, String> anonymous = crawl(null);
        Map<String, String> signedIn = crawl(admin);

        assertThat(signedIn.keySet()).isEqualTo(anonymous.keySet());
        signedIn.forEach((url, text) -> {
            for (String canary : fixture.canaries) {
                assertThat(text).as(url + " holds no internal word for staff either").doesNotContain(canary);
            }
        });
        assertThat(signedIn.get("/portal/strategier/" + fixture.strategyKey))
                .isEqualTo(anonymous.get("/portal/strategier/" + fixture.strategyKey));
    }

    @Test
    void aStrategyWhoseEveryRecordIsInternalIsNowhereOnThePortal() throws Exception {
        for (String url : List.of("/portal/strategier/" + fixture.internalStrategy, "/portal/maal/" + fixture.internalStrategyGoal,
                "/portal/indikatorer/" + fixture.internalStrategyIndicator, "/portal/maal/" + fixture.internalGoal,
                "/portal/indikatorer/" + fixture.internalIndicator, "/portal/embed/maal/" + fixture.internalGoal,
                "/portal/embed/indikatorer/" + fixture.internalIndicator, "/data/strategier/" + fixture.internalStrategy + "/data.csv",
                "/portal/strategier/" + fixture.internalStrategy + "/feed.atom")) {
            MvcResult anon = fetch(url, null);
            MvcResult staff = fetch(url, admin);
            assertThat(anon.getResponse().getStatus()).as(url).isEqualTo(404);
            assertThat(staff.getResponse().getStatus()).as(url + " for an administrator too").isEqualTo(404);
            for (String canary : fixture.canaries) {
                assertThat(body(anon)).as(url).doesNotContain(canary);
                assertThat(body(staff)).as(url).doesNotContain(canary);
            }
        }
        for (String url : List.of("/portal", "/data/catalog.ttl", "/data/catalog.jsonld")) {
            String text = body(fetch(url, admin));
            assertThat(text).as(url).doesNotContain("KANARIESTRATEGI" + fixture.tag).doesNotContain(fixture.internalStrategy);
        }
        // its theme is no theme of the portal's: filtering by it (the word is the visitor's own) finds nothing
        String filtered = body(mvc.perform(get("/portal").param("theme", "KANARIESTRATEGI" + fixture.tag).session(admin)).andReturn());
        assertThat(filtered).contains("0 strategier").doesNotContain(fixture.internalStrategy)
                .doesNotContain("<option value=\"KANARIESTRATEGI" + fixture.tag);
    }

    @Test
    void aVerdictBadgeIsNeverDerivedFromASuppressedValue() throws Exception {
        // 2025's only value (93.3 from 3 answers) is suppressed; judged, it would clear the target of 70
        java.util.UUID goal = java.util.UUID.fromString(fixture.goal);
        assertThat(data.goal(goal, 2025, java.util.Locale.forLanguageTag("da")).verdict()).isEqualTo(dk.pejling.indicator.Attainment.NOT_MEASURED);
        assertThat(data.goal(goal, 2024, java.util.Locale.forLanguageTag("da")).verdict()).as("the published 2024 value (65.5, 60.5–70.5) is judged")
                .isEqualTo(dk.pejling.indicator.Attainment.PARTLY_REACHED);
        PublicViews.StrategyPage strategy = data.strategy(fixture.strategyKey, java.util.Locale.forLanguageTag("da"));
        PublicViews.ProgressRow row = strategy.progress().stream().filter(r -> r.goalId().equals(goal)).findFirst().orElseThrow();
        assertThat(row.verdicts().get(strategy.years().indexOf(2025))).isEqualTo(dk.pejling.indicator.Attainment.NOT_MEASURED);
        assertThat(strategy.goals().stream().filter(g -> g.id().equals(goal)).findFirst().orElseThrow().verdict())
                .isNotEqualTo(dk.pejling.indicator.Attainment.REACHED);

        String page = body(fetch("/portal/maal/" + fixture.goal + "?year=2025", null));
        assertThat(page).contains("pejling-verdict-not_measured").doesNotContain("pejling-verdict-reached");
        String card = body(fetch("/portal/embed/indikatorer/" + fixture.indicator, null));
        assertThat(card).doesNotContain("pejling-verdict-reached");
        String json = body(fetch("/portal/indikatorer/" + fixture.indicator + "/data.json", null));
        assertThat(json).doesNotContain("\"REACHED\"");
    }

    @Test
    void onlyTheLatestApprovedStatusAndUnsuppressedValuesArePublished() throws Exception {
        String page = body(fetch("/portal/strategier/" + fixture.strategyKey, null));
        assertThat(page).contains("Godkendt kommentar " + fixture.tag).contains("Status pr. 1. marts 2025")
                .doesNotContain("Status pr. 1. september 2025");

        String indicator = body(fetch("/portal/indikatorer/" + fixture.indicator, null));
        assertThat(indicator).contains("65,5").contains("400").contains("1 værdi(er) vises ikke")
                .doesNotContain("93,3").doesNotContain("93.3");
        String csv = body(fetch("/portal/indikatorer/" + fixture.indicator + "/data.csv", null));
        assertThat(csv).contains("2024,65.5,60.5,70.5,400,Borgerpanel").doesNotContain("2025").doesNotContain("93.3");
        String json = body(fetch("/data/strategier/" + fixture.strategyKey + "/data.json", null));
        assertThat(json).contains("65.5").doesNotContain("93.3");
    }
}
