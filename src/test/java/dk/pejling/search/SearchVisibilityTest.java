package dk.pejling.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.TestUsers.TestUser;
import dk.pejling.access.Role;
import dk.pejling.proceedings.ProceedingsTestData;
import dk.pejling.shared.Viewer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Canaries: an internal strategy, its goal and a closed agenda item carry words nobody outside may learn,
 * and a public strategy carries a marked name. Every search path (results, total, facets, snippets,
 * "mente du", the results page) is asked as every actor of the permission matrix; the canary must appear
 * exactly for those who may read it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchVisibilityTest {

    enum Actor { anon, outsider, reader, coordinator, admin }

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    SearchService search;
    @Autowired
    ProceedingsTestData proceedings;

    final Map<Actor, TestUser> actors = new EnumMap<>(Actor.class);
    final String canary = "kanarie" + token();
    final String goalCanary = "fuglekvidder" + token();
    final String publicWord = "offentligtord" + token();
    final String marked = "Navnesen" + token();
    String internalStrategy;
    String politi;

    private static String token() {
        // letters only, so the analysers keep the canary one word
        java.util.Random random = new java.util.Random();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            token.append("bcdfghjklmnprstv".charAt(random.nextInt(16))); // no vowels: never "aa", which folds to å
        }
        return token.toString();
    }

    @BeforeAll
    void plantCanaries() throws Exception {
        politi = organisation("Nordjyllands Politi");
        String region = organisation("Region Nordjylland");
        TestUser admin = users.create(Role.ADMIN);
        actors.put(Actor.admin, admin);
        actors.put(Actor.outsider, users.create(Role.EDITOR, UUID.fromString(region)));
        actors.put(Actor.reader, users.create(Role.READER, UUID.fromString(politi)));
        internalStrategy = created(api(post("/api/v1/strategies"), admin, """
                {"title": "Intern plan %s", "kind": "PLAN", "ownerId": "%s", "status": "ADOPTED", "visibility": "INTERNAL",
                 "summary": "Beskæftigelsesindsatsen for %s"}""".formatted(canary, politi, canary)));
        actors.put(Actor.coordinator, users.coordinator(UUID.fromString(region), UUID.fromString(internalStrategy)));
        api(post("/api/v1/goals"), admin, """
                {"strategyId": "%s", "code": "1", "kind": "GOAL", "title": "Mål om %s"}""".formatted(internalStrategy, goalCanary));
        created(api(post("/api/v1/strategies"), admin, """
                {"title": "Offentlig plan %s", "kind": "PLAN", "ownerId": "%s", "status": "ADOPTED", "visibility": "PUBLIC",
                 "summary": "Tryghedsvandringer ledet af [[Kanarie %s]] om %s"}""".formatted(publicWord, politi, marked, publicWord)));
        proceedings.importWithClosedItems();
        Viewer all = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.ADMIN), "test");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                search.search(new SearchRequest(goalCanary, null, null, null, null, 0, 10), all).total() > 0
                        && search.search(new SearchRequest(publicWord, null, null, null, null, 0, 10), all).total() > 0
                        && search.search(new SearchRequest("hemmelig", null, null, null, null, 0, 10), all).total() > 0);
    }

    private boolean reads(Actor actor) {
        return actor == Actor.reader || actor == Actor.coordinator || actor == Actor.admin;
    }

    @Test
    void internalWordsAreFoundOnlyByThoseWhoReadTheStrategy() throws Exception {
        for (Actor actor : Actor.values()) {
            for (String word : new String[] {canary, goalCanary}) {
                String body = searchAs(actor, "q=" + word);
                long total = ((Number) JsonPath.read(body, "$.total")).longValue();
                if (reads(actor)) {
                    assertThat(total).as(actor + " finds " + word).isPositive();
                    assertThat(body).as(actor + " gets the snippet").contains("<mark>" + word + "</mark>");
                } else {
                    assertThat(total).as(actor + " total for " + word).isZero();
                    assertThat(body).as(actor + " body").doesNotContain(canary).doesNotContain(goalCanary);
                }
            }
        }
    }

    @Test
    void facetsNeverNameOrCountAnInternalStrategyForOutsiders() throws Exception {
        for (Actor actor : Actor.values()) {
            // no words: every document the actor may see, with facets over all of them
            String body = searchAs(actor, "size=100");
            String paged = searchAs(actor, "q=beskæftigelsesindsats&size=100");
            if (reads(actor)) {
                assertThat(body + paged).as(actor.name()).contains(canary);
            } else {
                assertThat(body).as(actor + " facets").doesNotContain(canary).doesNotContain(internalStrategy);
                assertThat(paged).as(actor + " facets").doesNotContain(canary).doesNotContain(internalStrategy);
            }
        }
    }

    @Test
    void suggestionsNeverRevealAWordOfAnInternalRecord() throws Exception {
        String misspelt = goalCanary.substring(0, goalCanary.length() - 1) + "x";
        for (Actor actor : Actor.values()) {
            String body = searchAs(actor, "q=" + misspelt);
            // an absent suggestion is left out of the JSON
            String suggestion = body.contains("\"suggestion\"") ? JsonPath.read(body, "$.suggestion") : null;
            if (reads(actor)) {
                assertThat(suggestion).as(actor + " is told").isEqualTo(goalCanary);
            } else {
                assertThat(suggestion).as(actor + " is not told").isNull();
                assertThat(body).doesNotContain(goalCanary);
            }
        }
    }

    @Test
    void closedAgendaItemsAreFoundByAdministratorsOnly() throws Exception {
        // A closed item's content is for its committee's secretariat and administrators; the index has no
        // term for a secretariat, so search finds it for administrators only (docs/permissions.md).
        for (Actor actor : Actor.values()) {
            String body = searchAs(actor, "q=hemmelig");
            long total = ((Number) JsonPath.read(body, "$.total")).longValue();
            if (actor == Actor.admin) {
                assertThat(total).as("administrator").isPositive();
            } else {
                assertThat(total).as(actor + " is not an administrator").isZero();
                assertThat(body).as(actor + " gets no snippet of it").doesNotContain("<mark>");
            }
        }
    }

    @Test
    void markedNamesAreNeitherMatchedNorShownToThePublic() throws Exception {
        String anonymous = searchAs(Actor.anon, "q=" + publicWord);
        assertThat(((Number) JsonPath.read(anonymous, "$.total")).longValue()).isPositive();
        assertThat(anonymous).doesNotContain(marked).contains("[person 1]");
        assertThat(((Number) JsonPath.read(searchAs(Actor.anon, "q=" + marked), "$.total")).longValue()).isZero();
        assertThat(((Number) JsonPath.read(searchAs(Actor.reader, "q=" + marked), "$.total")).longValue()).isPositive();
    }

    @Test
    void theResultsPageShowsThePublicNoInternalWord() throws Exception {
        String page = mvc.perform(get("/soeg").param("q", canary + " " + publicWord)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(publicWord).doesNotContain(canary + "</").doesNotContain("Intern plan");
        String english = mvc.perform(get("/soeg").param("q", publicWord).param("lang", "en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("results").contains("<mark>" + publicWord + "</mark>");
    }

    @Test
    void aStrategyThatTurnsInternalLeavesThePublicSearchAndIsFoundUnderItsNewTitle() throws Exception {
        TestUser admin = actors.get(Actor.admin);
        String word = "omskiftning" + token();
        String id = created(api(post("/api/v1/strategies"), admin, """
                {"title": "Skiftende plan %s", "kind": "PLAN", "ownerId": "%s", "status": "ADOPTED", "visibility": "PUBLIC"}"""
                .formatted(word, politi)));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> total(Actor.anon, word) == 1);
        int version = JsonPath.read(mvc.perform(get("/api/v1/strategies/" + id).header("Authorization", admin.bearer()))
                .andReturn().getResponse().getContentAsString(), "$.version");
        api(put("/api/v1/strategies/" + id), admin, """
                {"title": "Skiftet plan %s", "kind": "PLAN", "ownerId": "%s", "status": "ADOPTED", "visibility": "INTERNAL",
                 "version": %d}""".formatted(word, politi, version));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> total(Actor.anon, word) == 0);
        assertThat(total(Actor.outsider, word)).isZero();
        String reader = searchAs(Actor.reader, "q=" + word);
        assertThat(reader).contains("Skiftet plan").doesNotContain("Skiftende plan");
    }

    private long total(Actor actor, String word) throws Exception {
        return ((Number) JsonPath.read(searchAs(actor, "q=" + word), "$.total")).longValue();
    }

    @Test
    void badParametersAnswer400WithFieldErrors() throws Exception {
        for (String query : new String[] {"size=0", "size=101", "page=-1", "type=nonsense", "strategy=not-a-uuid", "year=abc"}) {
            var response = mvc.perform(get("/api/v1/search?" + query)).andReturn().getResponse();
            assertThat(response.getStatus()).as(query).isEqualTo(400);
            assertThat(response.getContentAsString()).as(query).contains(query.substring(0, query.indexOf('=')));
        }
        var page = mvc.perform(get("/soeg").param("year", "abc")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("År: et år mellem 1900 og 2200");
    }

    @Test
    void rebuildingIsForAdministratorsAndKeepsEverythingFindable() throws Exception {
        assertThat(mvc.perform(post("/api/v1/search/reindex").header("Authorization", actors.get(Actor.reader).bearer()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/api/v1/search/reindex")).andReturn().getResponse().getStatus()).isEqualTo(401);
        String rebuilt = mvc.perform(post("/api/v1/search/reindex").header("Authorization", actors.get(Actor.admin).bearer()))
                .andReturn().getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(rebuilt, "$.documents")).longValue()).isPositive();
        assertThat(((Number) JsonPath.read(searchAs(Actor.reader, "q=" + goalCanary), "$.total")).longValue()).isPositive();
    }

    private String searchAs(Actor actor, String query) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/v1/search?" + query);
        if (actor != Actor.anon) {
            request.header("Authorization", actors.get(actor).bearer());
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(actor + " " + query).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private String api(MockHttpServletRequestBuilder request, TestUser user, String body) throws Exception {
        return mvc.perform(request.header("Authorization", user.bearer()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String created(String body) {
        return JsonPath.read(body, "$.id");
    }

    private String organisation(String name) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/v1/organisations").param("q", name)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8), "$.items[0].id");
    }
}
