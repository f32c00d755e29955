package dk.pejling.safetyindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import dk.pejling.indicator.IndicatorId;
import dk.pejling.indicator.IndicatorService;
import dk.pejling.indicator.Measurement;
import dk.pejling.indicator.MeasurementPeriod;
import dk.pejling.indicator.MeasurementService;
import dk.pejling.shared.Viewer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The goal tree's feed from the safety index ({@link GoalTreeFeed}, an {@code @ApplicationModuleListener} on
 * {@link SafetyIndexPublished}), driven as a Spring Modulith {@link Scenario}: a computed period is published, and
 * after the commit the feed enters the area's value as a measurement of the indicator, through the indicator
 * module's own service.
 *
 * <p>On the shared application context, not in a module test: the feed's outcome is a row of the indicator module,
 * whose services need the strategy module (the goal an indicator serves, its mirror table has a foreign key to the
 * strategy's goals), which needs the organisation module, and so on; a module-scoped context that stubbed them
 * would only show that a stub was called. {@code @EnableScenarios} adds the {@link Scenario} parameter without
 * changing the context, so this costs no context of its own.
 */
@IntegrationTest
@EnableScenarios
class GoalTreeFeedScenarioTest {

    private static final Period YEAR = Period.of("2021");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    SafetyIndexService safetyIndex;
    @Autowired
    IndicatorService indicators;
    @Autowired
    MeasurementService measurements;
    @Autowired
    JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private TestUsers.TestUser admin;
    private Viewer editor;
    private String area;
    private String method;
    private IndicatorId indicator;

    @BeforeEach
    void anAreaWithAnswersCrimeAndAFeedIntoAnIndicator() throws Exception {
        admin = users.create(Role.ADMIN);
        editor = users.viewerOf(admin.principal());
        String tag = UUID.randomUUID().toString().substring(0, 8);
        area = "g" + tag;
        method = "7." + Math.abs(tag.hashCode() % 10000) + ".0";
        safetyIndex.saveAreas(List.of(new Area(area, "Fødeby " + tag, Area.Kind.AFDELING, null)), editor);
        safetyIndex.saveMethod(SafetyFixtures.methodText().replace("version: 1.0.0", "version: " + method), true, editor);
        safetyIndex.saveWave(new SurveyWave(UUID.randomUUID(), "Fødetest " + tag, "Test", YEAR, null, null, 400, 300, null,
                SafetyFixtures.ITEMS, true, "SYNTETISK", Instant.now()), SafetyFixtures.respondents(area, YEAR, 300, 240, 7), editor);
        importCrimeAndPopulation();

        String key = "goal-feed-" + tag;
        postJson("/api/v1/indicators", Map.of("key", key, "name", "Tryghed i Fødeby " + tag, "unit", "PERCENTAGE_POINTS",
                "direction", "HIGHER_IS_BETTER", "visibility", "PUBLIC"));
        postJson("/api/v1/safety-index/feeds", Map.of("indicatorKey", key, "area", area, "method", method, "component", "index"));
        indicator = indicators.findByKey(key, editor).orElseThrow().id();
    }

    @Test
    void aPublishedPeriodBecomesAMeasurementOfTheFedIndicatorAfterTheCommit(Scenario scenario) {
        scenario.stimulate(() -> safetyIndex.compute(method, YEAR, editor))
                .andWaitForStateChange(() -> measurements.list(indicator, false, editor), list -> !list.isEmpty())
                .andVerify((entered, computed) -> {
                    StoredValue published = computed.stream().filter(v -> v.area().equals(area)).findFirst().orElseThrow();
                    assertThat(published.value()).as("the area has an index to feed").isNotNull();
                    assertThat(entered).singleElement().satisfies(m -> {
                        assertThat(m.period()).isEqualTo(MeasurementPeriod.of("2021"));
                        assertThat(m.value().doubleValue()).isCloseTo(published.value(), within(0.05));
                        assertThat(m.ciLow().doubleValue()).isCloseTo(published.low(), within(0.05));
                        assertThat(m.ciHigh().doubleValue()).isCloseTo(published.high(), within(0.05));
                        // the answers were generated: the measurement says so where it names its source
                        assertThat(m.source()).contains(method).contains(area).contains("SYNTETISK");
                    });
                });
    }

    @Test
    void aPeriodPublishedAgainCorrectsTheMeasurementAndKeepsTheFirstInTheHistory(Scenario scenario) {
        scenario.stimulate(() -> safetyIndex.compute(method, YEAR, editor))
                .andWaitForStateChange(() -> measurements.list(indicator, false, editor), list -> !list.isEmpty());

        scenario.stimulate(() -> safetyIndex.compute(method, YEAR, editor))
                .andWaitForStateChange(() -> measurements.list(indicator, true, editor), history -> history.size() == 2)
                .andVerify(history -> {
                    assertThat(history).filteredOn(Measurement::current).singleElement()
                            .satisfies(m -> assertThat(m.correctionReason()).isEqualTo("Genberegnet af tryghedsindekset"));
                    assertThat(history).filteredOn(m -> !m.current()).hasSize(1);
                    assertThat(measurements.list(indicator, false, editor)).hasSize(1);
                });
    }

    @Test
    void aPublicationOfOtherAreasEntersNothing(Scenario scenario) {
        String elsewhere = "h" + UUID.randomUUID().toString().substring(0, 8);

        // waits until the registry has the feed's run for this event as completed: only then is "nothing" a result
        scenario.publish(new SafetyIndexPublished(method, YEAR.toString(), List.of(elsewhere)))
                .andWaitForStateChange(() -> jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE "
                        + "completion_date IS NOT NULL AND serialized_event LIKE ?", Integer.class, "%" + elsewhere + "%"), n -> n > 0)
                .andVerify(completed -> assertThat(measurements.list(indicator, true, editor)).isEmpty());
    }

    private void importCrimeAndPopulation() throws Exception {
        String population = "OMRÅDE;TID;INDHOLD;KILDE\n" + area + ";2021;4000;SYNTETISK testdata\n";
        StringBuilder crime = new StringBuilder("OMRÅDE;OVERTRÆD;TID;INDHOLD\n");
        for (int q = 1; q <= 4; q++) {
            crime.append(area).append(";Voldsforbrydelser;2021K").append(q).append(";10\n");
        }
        for (String[] file : new String[][] {{"population", population}, {"crime", crime.toString()}}) {
            mvc.perform(multipart("/api/v1/safety-index/imports")
                            .file(new MockMultipartFile("file", file[0] + ".csv", "text/csv", file[1].getBytes(StandardCharsets.UTF_8)))
                            .param("kind", file[0]).param("dryRun", "false").header("Authorization", admin.bearer()))
                    .andExpect(status().isOk());
        }
    }

    private void postJson(String path, Map<String, Object> body) throws Exception {
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))
                .header("Authorization", admin.bearer())).andExpect(status().isCreated());
    }
}
