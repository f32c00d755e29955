package dk.pejling.proceedings;

import static dk.pejling.proceedings.ProceedingsTestData.SECRET_DECISION;
import static dk.pejling.proceedings.ProceedingsTestData.SECRET_DESCRIPTION;
import static dk.pejling.proceedings.ProceedingsTestData.SECRET_PURCHASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A closed agenda item's record and title may be public; its description, recommendation, decision,
 * attachments and case never reach an anonymous viewer on any path: pages, search, REST API, OParl.
 * The same requests signed in show the content, so each check can fail.
 */
@IntegrationTest
class ClosedItemLeakTest {

    static final List<String> SECRETS = List.of(SECRET_DESCRIPTION, SECRET_DECISION, SECRET_PURCHASE);

    @Autowired
    MockMvc mvc;
    @Autowired
    ProceedingsTestData data;
    @Autowired
    ProceedingsService proceedings;
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
        closedCase = proceedings.item(closed.id(), ProceedingsTestData.EDITOR).caseId();
        assertThat(closedCase).isNotNull();
        // The closed item concerns a strategy: its political history must not carry the content either.
        UUID strategy = strategies.getBySlug("tryg-aalborg-2014-2017", ProceedingsTestData.EDITOR).id().value();
        proceedings.editItem(closed.id(), closed.version(), SECRET_DECISION, true,
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
                "/oparl/v1/meeting/" + meeting, "/oparl/v1/agendaItem/" + closed.id());
    }

    @Test
    void anonymousViewersNeverSeeClosedContent() throws Exception {
        for (String path : publicPaths()) {
            String page = body(get(path));
            for (String secret : SECRETS) {
                assertThat(page).as(path).doesNotContainIgnoringCase(secret);
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
    void signedInViewersSeeTheContentOnThePagesAndTheApi() throws Exception {
        MockHttpSession session = WebSessions.signInAsDemoEditor(mvc);
        assertThat(body(get("/moeder/" + meeting).session(session))).contains(SECRET_DESCRIPTION, SECRET_DECISION, SECRET_PURCHASE);
        assertThat(body(get("/udvalg?q=hemmelig").session(session))).contains("Personalesag");
        String reader = users.create(Role.READER).bearer();
        assertThat(body(get("/api/v1/proceedings/agenda-items/" + closed.id()).header("Authorization", reader)))
                .contains(SECRET_DECISION);
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
