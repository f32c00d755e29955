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
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(measurements.list(indicator.id(), false, system))
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

    /**
     * Mål 1 and Mål 2 name a direction without a number: the derived target is a change since 2015 whose
     * whole paired interval lies on the right side of 0. The demo's share "tryg" rises by about a point a
     * year on 1,200 answers (not a sure change: partly), the reports fall by about 10 % on 13,000 (sure:
     * reached); the explanation names the interval, and nothing says "ikke målt" for 2016 or 2017.
     */
    @Test
    void trygAalborgsGoalsOneAndTwoGetVerdictsFromThePairedChangeSince2015() throws Exception {
        var system = DemoDataLoader.SYSTEM;
        for (String key : java.util.List.of("tryg-aalborg-aendring-andel-trygge", "tryg-aalborg-aendring-anmeldelser")) {
            var indicator = indicators.findByKey(key, system).orElseThrow();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(measurements.list(indicator.id(), false, system))
                    .extracting(m -> m.period().value()).contains("2016", "2017"));
            var m = measurements.list(indicator.id(), false, system).stream().filter(x -> x.period().value().equals("2017"))
                    .findFirst().orElseThrow();
            assertThat(m.ciLow()).isLessThanOrEqualTo(m.value());
            assertThat(m.ciHigh()).isGreaterThanOrEqualTo(m.value());
            assertThat(m.source()).contains("SYNTETISK").contains("2015–2017");
        }
        var tryg = strategies.getBySlug("tryg-aalborg-2014-2017", dk.pejling.shared.Viewer.anonymous());
        for (int year : new int[] {2016, 2017}) {
            var goals = flatten(attainment.forStrategy(tryg.id(), year, null, null, dk.pejling.shared.Viewer.anonymous()));
            var goal1 = goals.stream().filter(g -> g.code().equals("1")).findFirst().orElseThrow();
            var goal2 = goals.stream().filter(g -> g.code().equals("2")).findFirst().orElseThrow();
            assertThat(goal1.status()).as("Mål 1 in " + year).isNotEqualTo(dk.pejling.indicator.Attainment.NOT_MEASURED);
            assertThat(goal2.status()).as("Mål 2 in " + year).isEqualTo(dk.pejling.indicator.Attainment.REACHED);
            assertThat(goal1.explanation().da()).contains("95 %-intervallet");
            assertThat(goal2.explanation().da()).contains("hele 95 %-intervallet");
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
