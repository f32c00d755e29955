package dk.pejling.portal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.TestUsers;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A public strategy with internal parts planted in it, made through the REST API as an administrator:
 * every internal text carries a canary word, so a test can look for the words on every portal path.
 * Also an internal strategy whose every record is internal (the "everything internal" fixture).
 */
final class PortalFixture {

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    /** Words that must never reach the portal: each sits in an internal record or a field never published. */
    final List<String> canaries = List.of("KANARIESTRATEGI" + tag, "KANARIEMAAL" + tag, "KANARIEINDIKATOR" + tag,
            "KANARIENOTE" + tag, "KANARIEUDKAST" + tag, "KANARIEREVIEW" + tag, "KANARIEINDSATS" + tag,
            "KANARIEINTERNTMAAL" + tag, "Kanarie Hansen", "KANARIERETURNERET" + tag);
    String politi;
    String strategy;
    String strategyKey;
    String goal;
    String internalGoal;
    String indicator;
    String internalIndicator;
    String initiative;
    String internalStrategy;
    String internalStrategyGoal;
    String internalStrategyIndicator;

    private final MockMvc mvc;
    private final String bearer;

    PortalFixture(MockMvc mvc, TestUsers users) {
        this.mvc = mvc;
        this.bearer = users.create(dk.pejling.access.Role.ADMIN).bearer();
    }

    PortalFixture build() throws Exception {
        politi = JsonPath.read(mvc.perform(get("/api/v1/organisations").param("q", "Nordjyllands Politi"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8), "$.items[0].id");
        strategyKey = "portal-" + tag;
        strategy = id(call("POST", "/api/v1/strategies", """
                {"title": "Portalstrategi %s", "kind": "STRATEGY", "ownerId": "%s", "status": "ADOPTED", "visibility": "PUBLIC",
                 "periodFrom": "2024-01-01", "periodTo": "2027-12-31", "themes": ["Tryghed %s"], "key": "%s",
                 "summary": "Formålet er, at borgerne føler sig trygge. Tovholder er [[Kanarie Hansen]]."}"""
                .formatted(tag, politi, tag, strategyKey)));
        goal = id(call("POST", "/api/v1/goals", """
                {"strategyId": "%s", "code": "A", "kind": "MAIN_GOAL", "title": "Flere trygge borgere %s",
                 "description": "Andelen af trygge borgere skal stige.", "visibility": "PUBLIC"}""".formatted(strategy, tag)));
        internalGoal = id(call("POST", "/api/v1/goals", """
                {"strategyId": "%s", "code": "B", "kind": "MAIN_GOAL", "title": "KANARIEMAAL%s", "visibility": "INTERNAL"}"""
                .formatted(strategy, tag)));
        indicator = id(call("POST", "/api/v1/indicators", """
                {"name": "Andel trygge %s", "unit": "PERCENT", "decimals": 1, "direction": "HIGHER_IS_BETTER", "visibility": "PUBLIC",
                 "source": {"name": "Tryghedsmåling"}, "goals": [{"goalId": "%s"}],
                 "baselines": [{"value": 60, "date": "2023-12-31"}],
                 "targets": [{"period": "2024", "kind": "AT_LEAST", "value": 62, "againstBaseline": false, "strict": false}, {"period": "2025", "kind": "AT_LEAST", "value": 70, "againstBaseline": false, "strict": false}]}"""
                .formatted(tag, goal)));
        call("POST", "/api/v1/indicators/" + indicator + "/measurements", """
                {"period": "2024", "value": 65.5, "sampleSize": 400, "ciLow": 60.5, "ciHigh": 70.5, "source": "Borgerpanel",
                 "note": "KANARIENOTE%s"}""".formatted(tag));
        // fewer answers than the portal's minimum: never published
        call("POST", "/api/v1/indicators/" + indicator + "/measurements", """
                {"period": "2025", "value": 93.3, "sampleSize": 3}""");
        internalIndicator = id(call("POST", "/api/v1/indicators", """
                {"name": "KANARIEINDIKATOR%s", "unit": "COUNT", "direction": "LOWER_IS_BETTER", "visibility": "INTERNAL",
                 "goals": [{"goalId": "%s"}]}""".formatted(tag, goal)));
        initiative = id(call("POST", "/api/v1/initiatives", """
                {"strategyId": "%s", "number": "1", "kind": "INITIATIVE", "title": "Natteravne %s", "purpose": "Voksne på gaden om natten.",
                 "responsibleId": "%s", "goalIds": ["%s"], "visibility": "PUBLIC"}""".formatted(strategy, tag, politi, goal)));
        call("POST", "/api/v1/initiatives", """
                {"strategyId": "%s", "number": "2", "kind": "INITIATIVE", "title": "KANARIEINDSATS%s", "responsibleId": "%s",
                 "visibility": "INTERNAL"}""".formatted(strategy, tag, politi));
        approvedThenDraft();
        internalStrategy = id(call("POST", "/api/v1/strategies", """
                {"title": "KANARIESTRATEGI%s", "kind": "PLAN", "ownerId": "%s", "status": "ADOPTED", "visibility": "INTERNAL",
                 "themes": ["KANARIESTRATEGI%s"]}""".formatted(tag, politi, tag)));
        internalStrategyGoal = id(call("POST", "/api/v1/goals", """
                {"strategyId": "%s", "code": "1", "kind": "GOAL", "title": "KANARIEINTERNTMAAL%s", "visibility": "INTERNAL"}"""
                .formatted(internalStrategy, tag)));
        internalStrategyIndicator = id(call("POST", "/api/v1/indicators", """
                {"name": "KANARIEINDIKATOR%s intern", "unit": "COUNT", "direction": "LOWER_IS_BETTER", "visibility": "INTERNAL",
                 "goals": [{"goalId": "%s"}]}""".formatted(tag, internalStrategyGoal)));
        return this;
    }

    /** Round 1 approved (with an internal review comment); round 2 has a submitted draft and a returned one. */
    private void approvedThenDraft() throws Exception {
        String first = id(call("POST", "/api/v1/reporting-rounds", """
                {"strategyId": "%s", "title": "Status pr. 1. marts 2025", "asOf": "2025-03-01", "dueDate": "2025-03-15"}"""
                .formatted(strategy)));
        String report = id(call("POST", "/api/v1/initiatives/" + initiative + "/status-reports", """
                {"roundId": "%s", "status": "i-gang", "comment": "<p>Godkendt kommentar %s</p>", "progress": 40}""".formatted(first, tag)));
        call("POST", "/api/v1/status-reports/" + report + "/review", """
                {"approve": true, "comment": "KANARIEREVIEW%s", "version": 0}""".formatted(tag));
        String round = call("GET", "/api/v1/reporting-rounds/" + first, null);
        call("POST", "/api/v1/reporting-rounds/" + first + "/approve", "{\"lockWithMissing\": true, \"version\": " + JsonPath.read(round, "$.version") + "}");
        String second = id(call("POST", "/api/v1/reporting-rounds", """
                {"strategyId": "%s", "title": "Status pr. 1. september 2025", "asOf": "2025-09-01", "dueDate": "2025-09-15"}"""
                .formatted(strategy)));
        String draft = id(call("POST", "/api/v1/initiatives/" + initiative + "/status-reports", """
                {"roundId": "%s", "status": "afventer", "comment": "<p>KANARIERETURNERET%s</p>"}""".formatted(second, tag)));
        call("POST", "/api/v1/status-reports/" + draft + "/review", """
                {"approve": false, "comment": "Skriv mere", "version": 0}""");
        call("POST", "/api/v1/initiatives/" + initiative + "/status-reports", """
                {"roundId": "%s", "status": "afventer", "comment": "<p>KANARIEUDKAST%s</p>", "version": 1}""".formatted(second, tag));
    }

    String call(String method, String path, String json) throws Exception {
        var request = (method.equals("GET") ? get(path) : post(path)).header("Authorization", bearer);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        MvcResult result = mvc.perform(request).andReturn();
        int status = result.getResponse().getStatus();
        String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        if (status >= 300) {
            throw new AssertionError(method + " " + path + " answered " + status + ": " + body);
        }
        return body;
    }

    private static String id(String json) {
        return JsonPath.read(json, "$.id");
    }
}
