package dk.pejling.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dk.pejling.report.ReportTextService;
import dk.pejling.strategy.GoalId;
import dk.pejling.strategy.Strategy;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Loads demo/report-texts.yaml: the annual report's foreword, introduction and main-goal texts (seed 001). */
@Component
class ReportTextDemoData {

    /** The shape of demo/report-texts.yaml. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReportTextFile(List<Entry> reports) {

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Entry(String strategy, int year, String foreword, String introduction,
                     @JsonProperty("main_goals") Map<String, MainGoal> mainGoals) {
        }

        @JsonIgnoreProperties(ignoreUnknown = true)
        record MainGoal(String introduction, String examples) {
        }
    }

    private final ReportTextService texts;

    ReportTextDemoData(ReportTextService texts) {
        this.texts = texts;
    }

    int load(ReportTextFile file, Map<String, Strategy> strategies, Map<String, Map<String, GoalId>> goals) {
        int count = 0;
        for (ReportTextFile.Entry entry : file.reports() == null ? List.<ReportTextFile.Entry>of() : file.reports()) {
            Strategy strategy = strategies.get(entry.strategy());
            if (strategy == null) {
                throw new IllegalStateException("report texts name unknown strategy " + entry.strategy());
            }
            count += save(strategy, entry.year(), "foreword", entry.foreword());
            count += save(strategy, entry.year(), "introduction", entry.introduction());
            for (Map.Entry<String, ReportTextFile.MainGoal> g : entry.mainGoals() == null
                    ? Map.<String, ReportTextFile.MainGoal>of().entrySet() : entry.mainGoals().entrySet()) {
                GoalId goal = goals.getOrDefault(entry.strategy(), Map.of()).get(g.getKey());
                if (goal == null) {
                    throw new IllegalStateException("report texts name unknown goal " + g.getKey() + " of " + entry.strategy());
                }
                String key = ReportTextService.mainGoalKey(goal.value());
                count += save(strategy, entry.year(), key + ":introduction", g.getValue().introduction());
                count += save(strategy, entry.year(), key + ":examples", g.getValue().examples());
            }
        }
        return count;
    }

    private int save(Strategy strategy, int year, String section, String body) {
        if (body == null || body.isBlank()) {
            return 0;
        }
        texts.save(strategy.id(), year, section, body, null, DemoDataLoader.SYSTEM);
        return 1;
    }
}
