package dk.pejling.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.TestUsers;
import dk.pejling.TestUsers.TestUser;
import dk.pejling.access.Role;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.stereotype.Component;

/**
 * Builds a strategy with initiatives, a round and status reports through the REST API, as the tests of
 * leaks and status legends need them: a police editor registers the strategy and so coordinates it.
 */
@Component
public class RoundApi {

    private final org.springframework.beans.factory.ObjectProvider<MockMvc> mvcProvider;
    private final TestUsers users;

    /** MockMvc lazily: the component is scanned into every test context, BrowserTest's has no MockMvc. */
    RoundApi(org.springframework.beans.factory.ObjectProvider<MockMvc> mvc, TestUsers users) {
        this.mvcProvider = mvc;
        this.users = users;
    }

    /** A coordinator (police editor) and the organisation they belong to. */
    public record Setup(TestUser coordinator, String politi) {
    }

    public Setup coordinator() throws Exception {
        String politi = JsonPath.read(call(get("/api/v1/organisations").param("q", "Nordjyllands Politi"), null, null)
                .getResponse().getContentAsString(), "$.items[0].id");
        return new Setup(users.create(Role.EDITOR, UUID.fromString(politi)), politi);
    }

    public String strategy(Setup s, String visibility) throws Exception {
        return created(call(post("/api/v1/strategies"), s.coordinator(), """
                {"title": "Lækagetest %s", "kind": "PLAN", "ownerId": "%s", "status": "ADOPTED", "visibility": "%s"}"""
                .formatted(UUID.randomUUID(), s.politi(), visibility)));
    }

    public String goal(Setup s, String strategy, String visibility) throws Exception {
        return created(call(post("/api/v1/goals"), s.coordinator(), """
                {"strategyId": "%s", "code": "%d", "kind": "GOAL", "title": "Mål", "visibility": "%s"}"""
                .formatted(strategy, Math.abs(UUID.randomUUID().hashCode() % 1000), visibility)));
    }

    public String initiative(Setup s, String strategy, String visibility, String... goalIds) throws Exception {
        String goals = goalIds.length == 0 ? "" : ", \"goalIds\": [\"" + String.join("\", \"", goalIds) + "\"]";
        return created(call(post("/api/v1/initiatives"), s.coordinator(), """
                {"strategyId": "%s", "number": "%d", "kind": "INITIATIVE", "title": "Indsats", "responsibleId": "%s",
                 "visibility": "%s"%s}""".formatted(strategy, Math.abs(UUID.randomUUID().hashCode() % 10000), s.politi(),
                visibility, goals)));
    }

    /** A public initiative under another one. */
    public String childInitiative(Setup s, String strategy, String parent) throws Exception {
        return created(call(post("/api/v1/initiatives"), s.coordinator(), """
                {"strategyId": "%s", "parentId": "%s", "number": "%d", "kind": "INITIATIVE", "title": "Delindsats",
                 "responsibleId": "%s", "visibility": "PUBLIC"}""".formatted(strategy, parent,
                Math.abs(UUID.randomUUID().hashCode() % 10000), s.politi())));
    }

    public String round(Setup s, String strategy) throws Exception {
        return created(call(post("/api/v1/reporting-rounds"), s.coordinator(), """
                {"strategyId": "%s", "title": "Status", "asOf": "2026-03-01", "dueDate": "2026-03-15"}""".formatted(strategy)));
    }

    /** Submits a status report and answers its id. */
    public String report(Setup s, String initiative, String round, String status) throws Exception {
        return created(call(post("/api/v1/initiatives/" + initiative + "/status-reports"), s.coordinator(),
                "{\"roundId\": \"" + round + "\", \"status\": \"" + status + "\", \"comment\": \"<p>Note</p>\"}"));
    }

    public MvcResult call(MockHttpServletRequestBuilder request, TestUser user, String json) throws Exception {
        if (user != null) {
            request.header("Authorization", user.bearer());
        }
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvcProvider.getObject().perform(request).andReturn();
    }

    private static String created(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isIn(200, 201);
        return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }
}
