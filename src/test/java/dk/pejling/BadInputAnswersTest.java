package dk.pejling;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.TestUsers.TestUser;
import dk.pejling.access.Role;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The causes of the 5xx answers the probe found (issue 12, item 9), one by one: each is a 400 with the
 * field named. {@code ApiFuzzTest} keeps looking for new ones.
 */
@IntegrationTest
class BadInputAnswersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    TestUser admin;
    String organisation;
    String strategy;

    @BeforeEach
    void setUp() throws Exception {
        admin = users.create(Role.ADMIN);
        organisation = id(send(post("/api/v1/organisations"), "{\"name\": \"Input %s\", \"kind\": \"OTHER\"}"
                .formatted(UUID.randomUUID())).andExpect(status().isCreated()));
        strategy = id(send(post("/api/v1/strategies"), """
                {"title": "Input %s", "kind": "PLAN", "ownerId": "%s", "status": "ADOPTED", "visibility": "PUBLIC"}"""
                .formatted(UUID.randomUUID(), organisation)).andExpect(status().isCreated()));
    }

    @Test
    void anInvalidIndicatorTargetNamesItsField() throws Exception {
        send(post("/api/v1/indicators"), """
                {"name": "Mål", "unit": "COUNT", "direction": "HIGHER_IS_BETTER",
                 "targets": [{"period": "x", "kind": "AT_LEAST", "value": 1}, {"period": "2018", "kind": null}, null]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors").isNotEmpty());
        send(post("/api/v1/indicators"), """
                {"name": "Mål", "unit": "COUNT", "direction": "HIGHER_IS_BETTER",
                 "targets": [{"period": "x", "kind": "AT_LEAST", "value": 1, "againstBaseline": false, "strict": false},
                             {"period": "2018", "kind": null, "againstBaseline": false, "strict": false}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors['targets[0].period']").exists())
                .andExpect(jsonPath("$.fieldErrors['targets[1].kind']").value("must be given"));
    }

    @Test
    void numbersAndDatesBeyondWhatTheDatabaseHoldsAreFieldErrors() throws Exception {
        send(post("/api/v1/indicators"), """
                {"name": "Stor", "unit": "COUNT", "direction": "HIGHER_IS_BETTER",
                 "baselines": [{"value": 1e30, "date": "2018-01-01"}]}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors").isNotEmpty());
        send(post("/api/v1/initiatives"), """
                {"strategyId": "%s", "number": "1", "kind": "INITIATIVE", "title": "Dato", "responsibleId": "%s",
                 "periodFrom": -2147483649}""".formatted(strategy, organisation))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors").isNotEmpty());
        send(post("/api/v1/initiatives"), """
                {"strategyId": "%s", "number": "1", "kind": "INITIATIVE", "title": "Dato", "responsibleId": "%s",
                 "periodFrom": "2018-01-01", "periodTo": "+999999999-12-31"}""".formatted(strategy, organisation))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors").isNotEmpty());
    }

    @Test
    void anUnknownLeadUserIsAFieldError() throws Exception {
        send(post("/api/v1/initiatives"), """
                {"strategyId": "%s", "number": "1", "kind": "INITIATIVE", "title": "Leder", "responsibleId": "%s",
                 "leadUserId": "%s"}""".formatted(strategy, organisation, UUID.randomUUID()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors.leadUserId").value("no such user"));
    }

    @Test
    void nullsInsideListsAreFieldErrors() throws Exception {
        send(put("/api/v1/strategies/" + strategy + "/status-scheme"), "[null]")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors").isNotEmpty());
        send(post("/api/v1/strategies"), """
                {"title": "Null", "kind": "PLAN", "ownerId": "%s", "status": "ADOPTED", "partnerIds": [null]}"""
                .formatted(organisation))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors['partnerIds[0]']").exists());
        send(post("/api/v1/strategies"), """
                {"title": "Null", "kind": "PLAN", "ownerId": "%s", "status": "ADOPTED", "partnerIds": [""]}"""
                .formatted(organisation))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors['partnerIds[0]']").exists());
    }

    @Test
    void aStatusLabelLongerThanItsColumnIsAFieldError() throws Exception {
        send(put("/api/v1/strategies/" + strategy + "/status-scheme"), """
                [{"code": "i-gang", "labelDa": "%s", "colour": "#2e7d32", "icon": "✓", "needsNote": false}]"""
                .formatted("L".repeat(5000)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors['options[0].labelDa']").value("must be at most 100 characters"));
    }

    @Test
    void aPasswordOverSeventyTwoBytesIsAFieldErrorNotAServerError() throws Exception {
        send(post("/api/v1/users"), """
                {"username": "lang-%s", "displayName": "Lang", "roles": ["READER"], "password": "%s"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), "æ".repeat(60)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors.password").exists());
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.header("Authorization", admin.bearer()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String id(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
    }
}
