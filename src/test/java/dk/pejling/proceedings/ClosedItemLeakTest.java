package dk.pejling.proceedings;

import static dk.pejling.proceedings.ProceedingsTestData.SECRET_DECISION;
import static dk.pejling.proceedings.ProceedingsTestData.SECRET_DESCRIPTION;
import static dk.pejling.proceedings.ProceedingsTestData.SECRET_PURCHASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.WebSessions;
import dk.pejling.access.Role;
import dk.pejling.strategy.StrategyService;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A closed agenda item's record and title may be public; its description, recommendation, decision,
 * attachments and case reach only the secretariat of its committee and administrators, on any path:
 * pages, search, REST API, political history, OParl. The same requests by the secretariat show the
 * content, so each check can fail. Only the secretariat closes and reopens, and reopening needs a reason.
 */
@IntegrationTest
class ClosedItemLeakTest {

    static final List<String> SECRETS = List.of(SECRET_DESCRIPTION, SECRET_DECISION, SECRET_PURCHASE);

    @Autowired
    MockMvc mvc;
    @Autowired
    ProceedingsTestData data;
    @Autowired
    Meetings meetings;
    @Autowired
    StrategyService strategies;
    @Autowired
    TestUsers users;
    ProceedingsTestData.Imported imported;
    UUID meeting;
    AgendaItem closed;
    UUID closedCase;

    @BeforeEach
    void setUp() throws Exception {
        imported = data.importWithClosedItems();
        meeting = imported.recorded().meeting().id();
        closed = imported.item(3);
        assertThat(closed.closed()).isTrue();
        closedCase = meetings.item(closed.id(), ProceedingsTestData.EDITOR).caseId();
        assertThat(closedCase).isNotNull();
        // The closed item concerns a strategy: its political history must not carry the content either.
        UUID strategy = strategies.getBySlug("tryg-aalborg-2014-2017", ProceedingsTestData.EDITOR).id().value();
        meetings.editItem(closed.id(), closed.version(), SECRET_DECISION, null, null,
                Set.of(new ItemLink(LinkKind.STRATEGY, strategy)), ProceedingsTestData.EDITOR);
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private List<String> publicPaths() {
        UUID strategy = strategies.getBySlug("tryg-aalborg-2014-2017", ProceedingsTestData.EDITOR).id().value();
        return List.of(
                "/moeder/" + meeting, "/moeder/" + meeting + "?visning=dagsorden", "/udvalg?q=hemmelig",
                "/udvalg?q=fortroligt", "/udvalg?q=personalesag", "/strategier/" + strategy + "/politisk-behandling",
                "/api/v1/proceedings/meetings/" + meeting, "/api/v1/proceedings/agenda-items/" + closed.id(),
                "/api/v1/proceedings/agenda-items?q=hemmelig", "/api/v1/proceedings/agenda-items?q=personalesag",
                "/api/v1/proceedings/strategies/" + strategy + "/history",
                "/oparl/v1/meeting/" + meeting, "/oparl/v1/agendaItem/" + closed.id(),
                "/api/v1/reports/annual?strategy=" + strategy + "&year=2016&format=html",
                "/strategier/" + strategy + "/aarsberetning?year=2016");
    }

    @Test
    void nobodyOutsideTheSecretariatSeesClosedContent() throws Exception {
        // The public, a signed-in editor of the pages, a reader of the API: none of them is the committee's secretariat.
        MockHttpSession editor = WebSessions.signInAsDemoEditor(mvc);
        String reader = users.create(Role.READER).bearer();
        for (String path : publicPaths()) {
            for (MockHttpServletRequestBuilder request : List.of(get(path), get(path).session(editor),
                    get(path).header("Authorization", reader))) {
                String page = body(request);
                for (String secret : SECRETS) {
                    assertThat(page).as(path).doesNotContainIgnoringCase(secret);
                }
            }
        }
        // The record and its title are public, and marked closed.
        assertThat(body(get("/moeder/" + meeting))).contains("Personalesag").contains("Køb af ejendom");
        assertThat(body(get("/udvalg?q=personalesag"))).contains("Personalesag");
        // A case treated only behind closed doors is not public at all.
        mvc.perform(get("/sager/" + closedCase)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/proceedings/cases/" + closedCase)).andExpect(status().isNotFound());
        mvc.perform(get("/oparl/v1/paper/" + closedCase)).andExpect(status().isNotFound());
        mvc.perform(get("/oparl/v1/consultation/" + closed.id())).andExpect(status().isNotFound());
    }

    @Test
    void theCommitteesSecretariatAndAdministratorsSeeTheContentOnThePagesAndTheApi() throws Exception {
        TestUsers.TestUser secretary = users.create(Role.READER);
        TestUsers.TestUser admin = users.create(Role.ADMIN);
        UUID committee = imported.recorded().meeting().committeeId();
        assertThat(mvc.perform(post("/api/v1/proceedings/committees/" + committee + "/secretaries")
                .header("Authorization", admin.bearer()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"userId\": \"" + secretary.principal().userId() + "\"}")).andReturn().getResponse().getStatus())
                .isEqualTo(204);
        MockHttpSession session = WebSessions.signIn(mvc, secretary.principal().username(), "a-long-test-password");
        assertThat(body(get("/moeder/" + meeting).session(session))).contains(SECRET_DESCRIPTION, SECRET_DECISION, SECRET_PURCHASE);
        assertThat(body(get("/udvalg?q=hemmelig").session(session))).contains("Personalesag");
        for (TestUsers.TestUser user : List.of(secretary, admin)) {
            assertThat(body(get("/api/v1/proceedings/agenda-items/" + closed.id()).header("Authorization", user.bearer())))
                    .contains(SECRET_DECISION);
            assertThat(body(get("/api/v1/proceedings/agenda-items?q=hemmelig").header("Authorization", user.bearer())))
                    .contains(closed.id().toString());
        }
        // … and only that committee's: a secretary of another committee reads nothing of this one.
        UUID other = data.importWithClosedItems().recorded().meeting().committeeId();
        TestUsers.TestUser elsewhere = users.create(Role.READER);
        mvc.perform(post("/api/v1/proceedings/committees/" + other + "/secretaries").header("Authorization", admin.bearer())
                .contentType(MediaType.APPLICATION_JSON).content("{\"userId\": \"" + elsewhere.principal().userId() + "\"}"));
        assertThat(body(get("/api/v1/proceedings/agenda-items/" + closed.id()).header("Authorization", elsewhere.bearer())))
                .doesNotContain(SECRET_DECISION);
        // Dismissed, the secretary is back to what everyone sees.
        mvc.perform(delete("/api/v1/proceedings/committees/" + committee + "/secretaries/" + secretary.principal().userId())
                .header("Authorization", admin.bearer())).andExpect(status().isNoContent());
        assertThat(body(get("/api/v1/proceedings/agenda-items/" + closed.id()).header("Authorization", secretary.bearer())))
                .doesNotContain(SECRET_DECISION);
    }

    @Test
    void onlyTheSecretariatReopensAClosedItemAndOnlyWithAReasonThatTheAuditLogKeeps() throws Exception {
        String outsider = users.create(Role.EDITOR).bearer();
        long version = meetings.item(closed.id(), ProceedingsTestData.EDITOR).version();
        // An editor of any other organisation: refused, and the item stays closed.
        assertThat(put(closed.id(), outsider, "{\"version\": " + version + ", \"closed\": false, \"reason\": \"Offentlig\"}"))
                .isEqualTo(403);
        assertThat(put(closed.id(), outsider, "{\"version\": " + version + ", \"decision\": \"Overskrevet\"}"))
                .isEqualTo(403);
        assertThat(body(get("/api/v1/proceedings/agenda-items/" + closed.id()))).contains("\"closed\":true")
                .doesNotContain(SECRET_DECISION);

        TestUsers.TestUser admin = users.create(Role.ADMIN);
        assertThat(put(closed.id(), admin.bearer(), "{\"version\": " + version + ", \"closed\": false}")).isEqualTo(400);
        assertThat(put(closed.id(), admin.bearer(), "{\"version\": " + version + ", \"closed\": false, "
                + "\"decision\": \"" + SECRET_DECISION + "\", \"reason\": \"Sagen er afsluttet og kan offentliggøres\"}"))
                .isEqualTo(200);
        assertThat(body(get("/api/v1/proceedings/agenda-items/" + closed.id()))).contains(SECRET_DECISION);
        String audit = body(get("/api/v1/audit").param("record", "agenda_item_reopening:" + closed.id())
                .header("Authorization", admin.bearer()));
        assertThat(audit).contains("Sagen er afsluttet og kan offentliggøres");
        // Closing again is the secretariat's too.
        long reopened = meetings.item(closed.id(), ProceedingsTestData.EDITOR).version();
        assertThat(put(closed.id(), outsider, "{\"version\": " + reopened + ", \"closed\": true}")).isEqualTo(403);
    }

    @Test
    void anImportDraftWithClosedItemsIsItsUploadersAlone() throws Exception {
        TestUsers.TestUser uploader = users.create(Role.EDITOR);
        byte[] minutes = MinutesParserTest.resource("proceedings/socialudvalget-2024-03-12.txt").getBytes(StandardCharsets.UTF_8);
        String draft = com.jayway.jsonpath.JsonPath.read(mvc.perform(multipart("/api/v1/proceedings/imports")
                .file(new MockMultipartFile("file", "referat.txt", "text/plain", minutes))
                .header("Authorization", uploader.bearer())).andReturn().getResponse().getContentAsString(), "$.id");
        assertThat(body(get("/api/v1/proceedings/imports/" + draft).header("Authorization", uploader.bearer())))
                .contains(SECRET_DECISION);
        var other = mvc.perform(get("/api/v1/proceedings/imports/" + draft)
                .header("Authorization", users.create(Role.EDITOR).bearer())).andReturn().getResponse();
        assertThat(other.getStatus()).isEqualTo(404);
        assertThat(other.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(SECRET_DECISION);
    }

    private int put(UUID item, String bearer, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                "/api/v1/proceedings/agenda-items/" + item).header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse().getStatus();
    }

    @Test
    void oparlServesOnlyOpenContentEvenToSignedInUsers() throws Exception {
        MockHttpSession session = WebSessions.signInAsDemoEditor(mvc);
        List<String> seen = new ArrayList<>();
        String bodyUrl = "http://localhost/oparl/v1/bodies";
        Matcher lists = Pattern.compile("\"(http://localhost/oparl/v1/body/[^\"]+/(?:agendaItem|meeting|file|paper|consultation))\"")
                .matcher(body(get(URI.create(bodyUrl)).session(session)));
        List<String> urls = new ArrayList<>();
        while (lists.find()) {
            urls.add(lists.group(1) + "?limit=100");
        }
        assertThat(urls).isNotEmpty();
        Pattern next = Pattern.compile("\"next\":\"([^\"]+)\"");
        for (String url : urls) {
            String current = url;
            int pages = 0;
            while (current != null && pages++ < 50) {
                String page = body(get(URI.create(current)).session(session));
                seen.add(page);
                Matcher m = next.matcher(page);
                current = m.find() ? m.group(1) : null;
            }
        }
        String all = String.join("\n", seen);
        assertThat(all).contains("Personalesag"); // the closed item is listed …
        for (String secret : SECRETS) {
            assertThat(all).doesNotContain(secret); // … without its content
        }
        assertThat(body(get("/oparl/v1/agendaItem/" + closed.id()).session(session))).contains("\"public\":false")
                .doesNotContain(SECRET_DECISION);
    }
}
