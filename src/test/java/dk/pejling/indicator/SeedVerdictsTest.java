package dk.pejling.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.IntegrationTest;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.GoalNode;
import dk.pejling.strategy.GoalService;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyService;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The computed verdicts agree with the annual report's own words: every goal with numbers in
 * demo/indicators.yaml is computed and compared with the verdict the report states.
 */
@IntegrationTest
class SeedVerdictsTest {

    static final Viewer READER = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.READER), "test");

    @Autowired
    AttainmentService attainment;
    @Autowired
    StrategyService strategies;
    @Autowired
    GoalService goals;
    Map<String, GoalAttainment> byCode = new HashMap<>();

    @BeforeEach
    void computeAnnualReport() {
        Strategy strategy = strategies.getBySlug("maal-og-strategier-2018", READER);
        attainment.forStrategy(strategy.id(), 2018, RollupMethod.ALL_OR_SOME, null, READER).forEach(this::index);
    }

    private void index(GoalAttainment g) {
        if (g.code() != null) {
            byCode.put(g.code(), g);
        }
        g.children().forEach(this::index);
    }

    @Test
    void verdictsNamedInTheIssueAgreeWithTheReport() {
        assertThat(byCode.get("3.1").status()).isEqualTo(Attainment.NOT_REACHED);  // uddannelseshjælp 1.774 > 1.725
        assertThat(byCode.get("4.1").status()).isEqualTo(Attainment.NOT_REACHED);  // forsikrede ledige 4.055 > 3.725
        assertThat(byCode.get("6.2").status()).isEqualTo(Attainment.PARTLY_REACHED); // 5,7 / 25,8 / 53,8 against 10 / 25 / 50
        assertThat(byCode.get("4.5").status()).isEqualTo(Attainment.REACHED);      // 21,3 % against 20 %
        assertThat(byCode.get("4.6").status()).isEqualTo(Attainment.NOT_REACHED);  // sygedagpenge +1,2 %
        assertThat(byCode.get("6.7").status()).isEqualTo(Attainment.NOT_REACHED);  // §110: 103 against 83
        assertThat(byCode.get("2.7").status()).isEqualTo(Attainment.NOT_REACHED);  // netværk 8,5 against 10
        assertThat(byCode.get("3.2").status()).isEqualTo(Attainment.NOT_REACHED);  // ungdomsuddannelse 64,6 against 68
        assertThat(byCode.get("4.2").status()).isEqualTo(Attainment.NOT_REACHED);  // samarbejdsgrad -0,3 pp against +2 pp
        assertThat(byCode.get("4.3").status()).isEqualTo(Attainment.REACHED);      // more than +3 pp
    }

    @Test
    void explanationIsBuiltFromTheNumbers() {
        assertThat(Sentences.da(byCode.get("3.1").explanation()))
                .isEqualTo("Målet var højst 1.725; resultatet blev 1.774 (2,8 % over): ikke nået.");
        assertThat(Sentences.en(byCode.get("3.1").explanation()))
                .isEqualTo("The target was at most 1,725; the result was 1,774 (2.8% above): not reached.");
    }

    @Test
    void everyVerdictTheReportStatesInWordsIsReproduced() throws Exception {
        JsonNode file;
        try (InputStream in = getClass().getResourceAsStream("/demo/indicators.yaml")) {
            file = YAMLMapper.builder().build().readTree(in);
        }
        int compared = 0;
        for (JsonNode indicator : file.get("indicators")) {
            if (!"maal-og-strategier-2018".equals(indicator.get("strategy").asString())
                    || indicator.path("report_verdict").isMissingNode() || !indicator.path("verdict_stated").asBoolean()) {
                continue;
            }
            for (JsonNode code : indicator.get("goals")) {
                GoalAttainment goal = byCode.get(code.asString());
                if (indicator.path("measurements").isEmpty()) {
                    // The report states a verdict without the number: that verdict is kept by hand on the goal.
                    assertThat(goal.manual()).as(indicator.get("key").asString()).isNotNull();
                    continue;
                }
                List<IndicatorVerdict> own = goal.indicators().stream().map(GoalAttainment.WeightedVerdict::verdict)
                        .filter(v -> v.indicatorName().equals(indicator.get("name").asString())).toList();
                assertThat(own).as(indicator.get("key").asString()).hasSize(1);
                assertThat(own.get(0).status()).as(indicator.get("key").asString() + ": " + Sentences.da(own.get(0).explanation()))
                        .isEqualTo(Attainment.fromDanish(indicator.get("report_verdict").asString()));
                compared++;
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(9);
    }

    @Test
    void mainGoalsRollUpAndGoalsWithoutNumbersKeepTheirVerdictByHand() {
        GoalAttainment main = byCode.get("4");
        assertThat(main.children()).isNotEmpty();
        assertThat(main.status()).isEqualTo(Attainment.PARTLY_REACHED);
        assertThat(main.method()).isEqualTo(RollupMethod.ALL_OR_SOME);
        GoalAttainment handJudged = byCode.get("1.1");
        assertThat(handJudged.manual()).isNotNull();
        assertThat(handJudged.manual().reason()).isNotBlank();
        assertThat(handJudged.status()).isEqualTo(handJudged.manual().status());
    }
}
