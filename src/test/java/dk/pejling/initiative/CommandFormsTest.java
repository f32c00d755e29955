package dk.pejling.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.WebSessions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pages bind command records: the owner's status form with one new value per indicator ("value[id]",
 * "period[id]"), the measurement form, the token form. A refused field is shown inline in Danish with what
 * was typed, answered 400, and nothing is written; a valid form is saved.
 */
@IntegrationTest
class CommandFormsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RoundApi api;

    RoundApi.Setup setup;
    String initiative;
    String round;
    String indicator;
    MockHttpSession session;

    @BeforeEach
    void strategyWithAnIndicatorAndARound() throws Exception {
        setup = api.coordinator();
        String strategy = api.strategy(setup, "PUBLIC");
        String goal = api.goal(setup, strategy, "PUBLIC");
        initiative = api.initiative(setup, strategy, "PUBLIC", goal);
        round = api.round(setup, strategy);
        indicator = JsonPath.read(api.call(post("/api/v1/indicators"), setup.coordinator(), """
                {"name": "Anmeldelser %s", "unit": "COUNT", "direction": "LOWER_IS_BETTER",
                 "goals": [{"goalId": "%s"}]}""".formatted(java.util.UUID.randomUUID(), goal))
                .getResponse().getContentAsString(), "$.id");
        session = WebSessions.signIn(mvc, setup.coordinator().principal().username(), "a-long-test-password");
    }

    @Test
    void aStatusReportWithANewValuePerIndicatorIsSavedWithBoth() throws Exception {
        MockHttpServletResponse response = submit("12,5", "2025", "40");
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(values()).containsExactly(12.5);
        assertThat(api.call(get("/api/v1/initiatives/" + initiative + "/status-reports"), setup.coordinator(), null)
                .getResponse().getContentAsString()).contains("i-gang");
    }

    @Test
    void aValueThatIsNoNumberIsShownInlineInDanishAndNothingIsSaved() throws Exception {
        MockHttpServletResponse response = submit("tolv", "2025", "40");
        assertThat(response.getStatus()).isEqualTo(400);
        String page = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("skal være et tal").contains("value=\"tolv\"").contains("id=\"value[" + indicator + "]\"");
        assertThat(values()).isEmpty();
        assertThat(reports()).isEmpty();
    }

    @Test
    void aPeriodThatIsNoPeriodIsShownInlineInDanish() throws Exception {
        MockHttpServletResponse response = submit("12", "sidste år", "");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("er ikke en periode").contains("value=\"sidste år\"");
        assertThat(values()).isEmpty();
    }

    @Test
    void progressThatIsNoWholeNumberIsRefusedByBeanValidation() throws Exception {
        MockHttpServletResponse response = submit("", "", "halvvejs");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("skal være et helt tal").contains("value=\"halvvejs\"");
        assertThat(reports()).isEmpty();
    }

    @Test
    void theMeasurementFormReadsDanishDecimalsAndRefusesOtherTextInline() throws Exception {
        MockHttpServletResponse refused = mvc.perform(post("/indikatorer/" + indicator + "/maalinger").session(session).with(csrf())
                .param("period", "2024").param("value", "5,x").param("sampleSize", "mange")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("skal være et tal").contains("skal være et helt tal")
                .contains("value=\"5,x\"");
        assertThat(values()).isEmpty();

        MockHttpServletResponse saved = mvc.perform(post("/indikatorer/" + indicator + "/maalinger").session(session).with(csrf())
                .param("period", "2024").param("value", "5,7").param("sampleSize", " 120 ")).andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(values()).containsExactly(5.7);
    }

    @Test
    void aTokenWithADateThatIsNoDateIsRefusedInlineWithWhatWasTyped() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/mine-api-noegler").session(session).with(csrf())
                .param("name", "Skript").param("expiresOn", "31-02")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("har en ugyldig værdi")
                .contains("value=\"31-02\"").contains("value=\"Skript\"");
    }

    private MockHttpServletResponse submit(String value, String period, String progress) throws Exception {
        return mvc.perform(post("/runder/" + round + "/indsatser/" + initiative).session(session).with(csrf())
                .param("status", "i-gang").param("comment", "<p>Godt i gang</p>").param("progress", progress)
                .param("value[" + indicator + "]", value).param("period[" + indicator + "]", period))
                .andReturn().getResponse();
    }

    private List<Double> values() throws Exception {
        return JsonPath.read(api.call(get("/api/v1/indicators/" + indicator + "/measurements"), setup.coordinator(), null)
                .getResponse().getContentAsString(), "$[*].value");
    }

    private List<Object> reports() throws Exception {
        return JsonPath.read(api.call(get("/api/v1/initiatives/" + initiative + "/status-reports"), setup.coordinator(), null)
                .getResponse().getContentAsString(), "$[*]");
    }
}
