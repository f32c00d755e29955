package dk.pejling.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.TestUsers.TestUser;
import dk.pejling.access.Role;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A round from opening to correction, through the API, with the rules an owner and a coordinator meet. */
@IntegrationTest
class ReportingRoundFlowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    TestUser coordinator;
    TestUser owner;
    TestUser stranger;
    String strategyId;
    String initiativeId;
    String roundId;

    @BeforeEach
    void openARound() throws Exception {
        String politi = JsonPath.read(call(get("/api/v1/organisations").param("q", "Nordjyllands Politi"), null)
                .andReturn().getResponse().getContentAsString(), "$.items[0].id");
        String region = JsonPath.read(call(get("/api/v1/organisations").param("q", "Region Nordjylland"), null)
                .andReturn().getResponse().getContentAsString(), "$.items[0].id");
        // an editor of the police registers the strategy and so becomes its coordinator
        coordinator = users.create(Role.EDITOR, UUID.fromString(politi));
        owner = users.create(Role.EDITOR, UUID.fromString(politi));
        stranger = users.create(Role.EDITOR, UUID.fromString(region));
        strategyId = id(call(post("/api/v1/strategies"), coordinator, """
                {"title": "Rundetest %s", "kind": "PLAN", "ownerId": "%s", "status": "ADOPTED", "visibility": "PUBLIC"}"""
                .formatted(UUID.randomUUID(), politi)).andExpect(status().isCreated()));
        initiativeId = id(call(post("/api/v1/initiatives"), coordinator, """
                {"strategyId": "%s", "number": "1.1", "kind": "INITIATIVE", "title": "Tryghedsvandringer",
                 "responsibleId": "%s", "partners": [{"organisationId": "%s", "role": "Deltager", "hours": 88}]}"""
                .formatted(strategyId, politi, region)).andExpect(status().isCreated()));
        roundId = id(call(post("/api/v1/reporting-rounds"), coordinator, """
                {"strategyId": "%s", "title": "Status pr. 1. marts", "asOf": "2026-03-01", "dueDate": "2026-03-15"}"""
                .formatted(strategyId)).andExpect(status().isCreated()));
    }

    @Test
    void theOwnerFindsTheTaskReportsAndTheCoordinatorReturnsApprovesAndLocks() throws Exception {
        call(get("/api/v1/me/tasks"), owner).andExpect(jsonPath("$[?(@.initiativeId == '" + initiativeId + "')].link")
                .value("/runder/" + roundId + "/indsatser/" + initiativeId));
        call(get("/api/v1/me/tasks"), stranger).andExpect(jsonPath("$[?(@.initiativeId == '" + initiativeId + "')]").doesNotExist());

        // A negative status needs a note; markup alone is not a note.
        submit(owner, "gennemfoeres-ikke", "<p> </p>", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.comment").exists());
        String report = submit(owner, "afventer", "<p>Udsat til efteråret<script>alert(1)</script></p>", null)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(report, "$.comment")).isEqualTo("<p>Udsat til efteråret</p>");
        String reportId = JsonPath.read(report, "$.id");

        // Someone who does not own the initiative may not report on it.
        submit(stranger, "i-gang", null, 0).andExpect(status().isForbidden());
        // A stale version never overwrites.
        submit(owner, "i-gang", null, null).andExpect(status().isConflict());

        call(post("/api/v1/status-reports/" + reportId + "/review"), coordinator, "{\"approve\": false, \"version\": 0}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors.comment").exists());
        call(post("/api/v1/status-reports/" + reportId + "/review"), coordinator,
                "{\"approve\": false, \"comment\": \"Skriv hvornår\", \"version\": 0}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("RETURNED"));
        submit(owner, "i-gang", "<p>Gennemføres i maj</p>", 1).andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(2));
        call(post("/api/v1/status-reports/" + reportId + "/review"), coordinator, "{\"approve\": true, \"version\": 2}")
                .andExpect(status().isOk());

        String round = call(get("/api/v1/reporting-rounds/" + roundId), null).andReturn().getResponse().getContentAsString();
        call(post("/api/v1/reporting-rounds/" + roundId + "/approve"), coordinator,
                "{\"version\": " + JsonPath.read(round, "$.version") + "}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("APPROVED"));

        // A locked round takes no more reports; a correction is a new version with its reason.
        submit(owner, "i-gang", "<p>Ændring</p>", 3).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.round").exists());
        call(post("/api/v1/status-reports/" + reportId + "/corrections"), coordinator,
                "{\"status\": \"i-gang\", \"comment\": \"<p>Gennemført i juni</p>\", \"version\": 3}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors.reason").exists());
        call(post("/api/v1/status-reports/" + reportId + "/corrections"), coordinator,
                "{\"status\": \"i-gang\", \"comment\": \"<p>Gennemført i juni</p>\", \"reason\": \"Forkert dato\", \"version\": 3}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.revision").value(3));
        call(get("/api/v1/status-reports/" + reportId + "/history"), coordinator)
                .andExpect(jsonPath("$[*].action").value(org.hamcrest.Matchers.contains(
                        "SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED", "CORRECTED")))
                .andExpect(jsonPath("$[0].comment").value("<p>Udsat til efteråret</p>"))
                .andExpect(jsonPath("$[4].note").value("Forkert dato"));
        call(get("/api/v1/initiatives/" + initiativeId + "/status-reports"), null)
                .andExpect(jsonPath("$[0].report.comment").value("<p>Gennemført i juni</p>"));
    }

    @Test
    void anInitiativeOutsideTheRoundIsRefusedAndNothingIsWritten() throws Exception {
        String later = id(call(post("/api/v1/initiatives"), coordinator, """
                {"strategyId": "%s", "number": "9", "kind": "ACTION", "title": "Kom til senere"}""".formatted(strategyId))
                .andExpect(status().isCreated()));
        call(post("/api/v1/initiatives/" + later + "/status-reports"), coordinator,
                "{\"roundId\": \"" + roundId + "\", \"status\": \"i-gang\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors.initiativeId").exists());
        call(get("/api/v1/initiatives/" + later + "/status-reports"), null).andExpect(jsonPath("$").isEmpty());
    }

    @Test
    void newValuesForTheInitiativesIndicatorsAreSavedWithTheStatusOrNothingIs() throws Exception {
        String goal = id(call(post("/api/v1/goals"), coordinator, """
                {"strategyId": "%s", "code": "1", "kind": "GOAL", "title": "Flere trygge borgere"}""".formatted(strategyId))
                .andExpect(status().isCreated()));
        String withGoal = id(call(post("/api/v1/initiatives"), coordinator, """
                {"strategyId": "%s", "number": "2", "kind": "INITIATIVE", "title": "Natteravne", "goalIds": ["%s"]}"""
                .formatted(strategyId, goal)).andExpect(status().isCreated()));
        String indicator = id(call(post("/api/v1/indicators"), coordinator, """
                {"name": "Andel trygge", "unit": "PERCENT", "direction": "HIGHER_IS_BETTER", "goals": [{"goalId": "%s"}]}"""
                .formatted(goal)).andExpect(status().isCreated()));
        String other = JsonPath.read(call(get("/api/v1/indicators").param("q", "uddannelseshjælp"), null)
                .andReturn().getResponse().getContentAsString(), "$.items[0].id");
        String round = id(call(post("/api/v1/reporting-rounds"), coordinator, """
                {"strategyId": "%s", "title": "Status med tal", "asOf": "2026-09-01", "dueDate": "2026-09-15"}"""
                .formatted(strategyId)).andExpect(status().isCreated()));

        call(post("/api/v1/initiatives/" + withGoal + "/status-reports"), coordinator, """
                {"roundId": "%s", "status": "i-gang", "measurements": [{"indicatorId": "%s", "period": "2026", "value": 71.5},
                 {"indicatorId": "%s", "period": "2026", "value": 1}]}""".formatted(round, indicator, other))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors['measurements[1].indicatorId']").exists());
        call(get("/api/v1/indicators/" + indicator + "/measurements"), null).andExpect(jsonPath("$").isEmpty());
        call(get("/api/v1/initiatives/" + withGoal + "/status-reports"), null).andExpect(jsonPath("$").isEmpty());

        call(post("/api/v1/initiatives/" + withGoal + "/status-reports"), coordinator, """
                {"roundId": "%s", "status": "i-gang", "measurements": [{"indicatorId": "%s", "period": "2026", "value": 71.5}]}"""
                .formatted(round, indicator)).andExpect(status().isOk());
        call(get("/api/v1/indicators/" + indicator + "/measurements"), null)
                .andExpect(jsonPath("$[0].period").value("2026")).andExpect(jsonPath("$[0].value").value(71.5));
    }

    @Test
    void theOverviewCountsStatusesAndListsWhoHasNotReported() throws Exception {
        call(get("/api/v1/reporting-rounds/" + roundId + "/overview"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.legend[0].labelDa").value("I gang eller gennemført"))
                .andExpect(jsonPath("$.counts[?(@.status == 'not-reported')].count").value(1))
                .andExpect(jsonPath("$.notReported[0].initiativeId").value(initiativeId));
        call(get("/api/v1/reporting-rounds/" + roundId + "/overview").param("status", "not-reported"), null)
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.initiatives[0].initiativeId").value(initiativeId));
        call(get("/api/v1/reporting-rounds/" + roundId + "/overview").param("organisation", stranger.principal().organisationId().toString()), null)
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.counts[?(@.status == 'not-reported')].count").value(0));
        submit(owner, "i-gang", null, null).andExpect(status().isOk());
        call(get("/api/v1/reporting-rounds/" + roundId + "/overview").param("status", "i-gang"), null)
                .andExpect(jsonPath("$.total").value(1));
        call(get("/api/v1/reporting-rounds/" + roundId + "/overview"), null)
                .andExpect(jsonPath("$.counts[?(@.status == 'i-gang')].count").value(1))
                .andExpect(jsonPath("$.notReported").isEmpty());
    }

    private ResultActions submit(TestUser user, String status, String comment, Integer version) throws Exception {
        String body = "{\"roundId\": \"" + roundId + "\", \"status\": \"" + status + "\""
                + (comment == null ? "" : ", \"comment\": " + quote(comment))
                + (version == null ? "" : ", \"version\": " + version) + "}";
        return call(post("/api/v1/initiatives/" + initiativeId + "/status-reports"), user, body);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\\\"") + "\"";
    }

    private ResultActions call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                               TestUser user) throws Exception {
        return call(request, user, null);
    }

    private ResultActions call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                               TestUser user, String json) throws Exception {
        if (user != null) {
            request.header("Authorization", user.bearer());
        }
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }

    private static String id(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
    }
}
