package dk.pejling.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import dk.pejling.indicator.IndicatorService;
import dk.pejling.indicator.MeasurementService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The safety index demo: real published figures with their source, SYNTETISK generated answers, the feed into Tryg Aalborg. */
@IntegrationTest
class SafetyIndexDemoTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    IndicatorService indicators;
    @Autowired
    MeasurementService measurements;

    @Test
    void thePublishedNationalShareIsShownWithItsSourceAndInterval() throws Exception {
        mvc.perform(get("/api/v1/safety-index/values").param("area", "danmark").param("period", "2021").param("method", "1.0.0"))
                .andExpect(jsonPath("$.items[0].indicators[0].value").value(88.1))
                .andExpect(jsonPath("$.items[0].indicators[0].n").value(27510))
                .andExpect(jsonPath("$.items[0].indicators[0].source").value(org.hamcrest.Matchers.containsString("Forskningskontor")))
                .andExpect(jsonPath("$.items[0].synthetic").value(false));
        String page = mvc.perform(get("/tryghed/omraader/danmark")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Justitsministeriets Forskningskontor").contains("88,1").doesNotContain("SYNTETISK");
    }

    @Test
    void nivaahoejsPublished535PercentOf293HasTheGoldenInterval() throws Exception {
        mvc.perform(get("/api/v1/safety-index/values").param("area", "nivaahoej").param("period", "2019").param("method", "1.0.0"))
                .andExpect(jsonPath("$.items[0].indicators[0].low").value(org.hamcrest.Matchers.closeTo(47.8, 0.05)))
                .andExpect(jsonPath("$.items[0].indicators[0].high").value(org.hamcrest.Matchers.closeTo(59.1, 0.05)));
    }

    @Test
    void aalborgsGeneratedAreasAreLabelledSyntheticRankedAndASmallOneHidden() throws Exception {
        String body = mvc.perform(get("/api/v1/safety-index/values").param("period", "2017").param("method", "1.0.0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<Boolean>>read(body, "$.items[?(@.area == 'kildeparken')].synthetic")).containsExactly(true);
        assertThat(JsonPath.<java.util.List<String>>read(body, "$.items[?(@.area == 'fremtidsgaarden')].indicators[0].suppressed.reason").get(0))
                .startsWith("N_TOO_SMALL");
        String page = mvc.perform(get("/tryghed").param("method", "1.0.0").param("period", "2017").param("kind", "BOLIGOMRAADE"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("SYNTETISK").contains("Kildeparken").contains("Tornhøj");
        String id = JsonPath.<java.util.List<String>>read(body, "$.items[?(@.area == 'kildeparken')].id").get(0);
        mvc.perform(post("/api/v1/safety-index/values/{id}/replay", id).header("Authorization", users.create(Role.READER).bearer()))
                .andExpect(jsonPath("$.identical").value(true));
    }

    @Test
    void aalborgsIndexFeedsTrygAalborgsIndicatorWithItsInterval() {
        var system = DemoDataLoader.SYSTEM;
        var indicator = indicators.findByKey("politiets-tryghedsindeks", system).orElseThrow();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(measurements.list(indicator.id(), false, system))
                .extracting(m -> m.period().value()).contains("2015", "2016", "2017"));
        var m2017 = measurements.list(indicator.id(), false, system).stream().filter(m -> m.period().value().equals("2017"))
                .findFirst().orElseThrow();
        assertThat(m2017.ciLow()).isLessThan(m2017.value());
        assertThat(m2017.ciHigh()).isGreaterThan(m2017.value());
        assertThat(m2017.source()).contains("SYNTETISK");
    }

    @Autowired
    dk.pejling.strategy.StrategyService strategies;
    @Autowired
    dk.pejling.indicator.AttainmentService attainment;
    @Autowired
    dk.pejling.indicator.ExplanationText explanations;

    /**
     * Mål 1 and Mål 2 name a direction without a number: the derived target is a change since 2015 whose
     * whole paired interval lies on the right side of 0. For 2016 and 2017 each goal's verdict follows
     * where the interval of its fed change lies (above 0 reached, straddling partly, below not reached for
     * Mål 1; mirrored for Mål 2), the explanation names the interval, and nothing says "ikke målt".
     */
    @Test
    void trygAalborgsGoalsOneAndTwoGetVerdictsFromThePairedChangeSince2015() throws Exception {
        var system = DemoDataLoader.SYSTEM;
        var tryg = strategies.getBySlug("tryg-aalborg-2014-2017", dk.pejling.shared.Viewer.anonymous());
        java.util.Map<String, Boolean> rise = java.util.Map.of("1", true, "2", false);
        java.util.Map<String, String> keys = java.util.Map.of("1", "tryg-aalborg-aendring-andel-trygge", "2",
                "tryg-aalborg-aendring-anmeldelser");
        for (String goal : java.util.List.of("1", "2")) {
            var indicator = indicators.findByKey(keys.get(goal), system).orElseThrow();
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(measurements.list(indicator.id(), false, system))
                    .extracting(m -> m.period().value()).contains("2016", "2017"));
            for (int year : new int[] {2016, 2017}) {
                var m = measurements.list(indicator.id(), false, system).stream()
                        .filter(x -> x.period().value().equals(String.valueOf(year))).findFirst().orElseThrow();
                assertThat(m.ciLow()).isLessThanOrEqualTo(m.value());
                assertThat(m.ciHigh()).isGreaterThanOrEqualTo(m.value());
                assertThat(m.source()).contains("SYNTETISK").contains("2015–" + year);
                double near = rise.get(goal) ? m.ciLow().doubleValue() : -m.ciHigh().doubleValue();
                double far = rise.get(goal) ? m.ciHigh().doubleValue() : -m.ciLow().doubleValue();
                var expected = near > 0 ? dk.pejling.indicator.Attainment.REACHED
                        : far > 0 ? dk.pejling.indicator.Attainment.PARTLY_REACHED : dk.pejling.indicator.Attainment.NOT_REACHED;
                var attained = flatten(attainment.forStrategy(tryg.id(), year, null, null, dk.pejling.shared.Viewer.anonymous()))
                        .stream().filter(g -> g.code().equals(goal)).findFirst().orElseThrow();
                assertThat(attained.status()).as("Mål " + goal + " in " + year + ", change " + m.ciLow() + "–" + m.ciHigh())
                        .isEqualTo(expected);
                assertThat(explanations.danish(attained.explanation())).contains("95 %-intervallet");
            }
        }
        String page = mvc.perform(get("/strategier/{id}/resultater", tryg.id().value()).param("year", "2017"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Ændring i andelen af trygge borgere siden 2015");
    }

    private static java.util.List<dk.pejling.indicator.GoalAttainment> flatten(java.util.List<dk.pejling.indicator.GoalAttainment> roots) {
        var all = new java.util.ArrayList<dk.pejling.indicator.GoalAttainment>();
        for (var g : roots) {
            all.add(g);
            all.addAll(flatten(g.children()));
        }
        return all;
    }
}
