package dk.pejling.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.initiative.store.StatusSchemes;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Removing a status code that reports use is refused with 409 and the reports that use it; and a code
 * that is gone anyway (older data, or a report saved as the legend changed) never breaks a read.
 */
@IntegrationTest
class StatusSchemeInUseTest {

    static final String WITHOUT_AFVENTER = """
            [{"code": "i-gang", "labelDa": "I gang", "labelEn": "In progress", "colour": "#2e7d32", "icon": "✓", "needsNote": false},
             {"code": "gennemfoeres-ikke", "labelDa": "Stoppet", "labelEn": "Stopped", "colour": "#c62828", "icon": "✗", "needsNote": true}]""";

    @Autowired
    RoundApi api;
    @Autowired
    StatusSchemes schemes;
    RoundApi.Setup setup;
    String strategy;
    String initiative;
    String round;
    String report;

    @BeforeEach
    void aReportWithStatusAfventer() throws Exception {
        setup = api.coordinator();
        strategy = api.strategy(setup, "PUBLIC");
        initiative = api.initiative(setup, strategy, "PUBLIC");
        round = api.round(setup, strategy);
        report = api.report(setup, initiative, round, "afventer");
    }

    @Test
    void removingACodeInUseIsRefusedWithTheReportsThatUseIt() throws Exception {
        MvcResult refused = api.call(put("/api/v1/strategies/" + strategy + "/status-scheme"), setup.coordinator(),
                WITHOUT_AFVENTER);
        String body = refused.getResponse().getContentAsString();
        assertThat(refused.getResponse().getStatus()).as(body).isEqualTo(409);
        assertThat(JsonPath.<List<String>>read(body, "$.inUse[*].reportId")).containsExactly(report);
        assertThat(JsonPath.<List<String>>read(body, "$.inUse[*].code")).containsExactly("afventer");
        assertThat(JsonPath.<List<String>>read(body, "$.inUse[*].roundId")).containsExactly(round);
        // nothing changed
        assertThat(JsonPath.<List<String>>read(api.call(get("/api/v1/strategies/" + strategy + "/status-scheme"), null, null)
                .getResponse().getContentAsString(), "$[*].code")).contains("afventer");

        // Keeping the code under a new label is fine.
        MvcResult relabelled = api.call(put("/api/v1/strategies/" + strategy + "/status-scheme"), setup.coordinator(),
                WITHOUT_AFVENTER.replace("]", ", {\"code\": \"afventer\", \"labelDa\": \"Udsat\", \"colour\": \"#f9a825\", "
                        + "\"icon\": \"…\", \"needsNote\": true}]"));
        assertThat(relabelled.getResponse().getStatus()).as(relabelled.getResponse().getContentAsString()).isEqualTo(200);
        assertReadsWork();
    }

    @Test
    void aCodeNoLongerInTheLegendIsStillReadableEverywhere() throws Exception {
        // As older data (before the check) or a report saved in the instant the legend changed leaves it.
        schemes.replace(UUID.fromString(strategy), List.of(new StatusOption("i-gang", "I gang", null, "#2e7d32", "✓", false)));
        assertReadsWork();
        String history = api.call(get("/api/v1/initiatives/" + initiative + "/status-reports"), null, null)
                .getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(history, "$[*].status")).containsExactly("afventer");
    }

    private void assertReadsWork() throws Exception {
        for (String path : List.of("/api/v1/initiatives/" + initiative + "/status-reports", "/indsatser/" + initiative,
                "/api/v1/reporting-rounds/" + round + "/overview", "/runder/" + round,
                "/api/v1/reports/status?strategy=" + strategy + "&round=" + round + "&format=html")) {
            MvcResult result = api.call(get(path), null, null);
            assertThat(result.getResponse().getStatus()).as(path + ": " + result.getResponse().getContentAsString())
                    .isEqualTo(200);
        }
    }
}
