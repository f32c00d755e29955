package dk.pejling.report;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.initiative.ReportingRound;
import dk.pejling.initiative.ReportingRoundService;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyService;
import java.util.Set;
import java.util.UUID;
import org.springframework.test.web.servlet.MockMvc;

/** The two demo reports as the public API serves them: seed 000's status report and seed 001's annual report 2018. */
final class DemoReportDownloads {

    private static final Viewer READER = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.READER), "test");

    private final MockMvc mvc;
    private final StrategyService strategies;
    private final ReportingRoundService rounds;

    DemoReportDownloads(MockMvc mvc, StrategyService strategies, ReportingRoundService rounds) {
        this.mvc = mvc;
        this.strategies = strategies;
        this.rounds = rounds;
    }

    /** "Bæredygtighedsplan 2017-20", its first round, in {@code pdf}, {@code docx}, … */
    byte[] statusReport(String format) throws Exception {
        Strategy strategy = strategies.getBySlug("baeredygtighedsplan-2017-20", READER);
        ReportingRound round = rounds.ofStrategy(strategy.id(), READER).get(0);
        return mvc.perform(get("/api/v1/reports/status").param("strategy", strategy.id().value().toString())
                        .param("round", round.id().toString()).param("format", format))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    /** "Mål og strategier 2018", year 2018, in {@code pdf}, {@code docx}, … */
    byte[] annualReport2018(String format) throws Exception {
        Strategy strategy = strategies.getBySlug("maal-og-strategier-2018", READER);
        return mvc.perform(get("/api/v1/reports/annual").param("strategy", strategy.id().value().toString())
                        .param("year", "2018").param("format", format))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }
}
