package dk.pejling.report;

import dk.pejling.report.store.ReportTextStore;
import dk.pejling.report.store.ReportTextStore.StoredText;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.RichText;
import dk.pejling.shared.VersionConflictException;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.GoalKind;
import dk.pejling.strategy.GoalNode;
import dk.pejling.strategy.GoalService;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The free texts of an annual report (foreword, introduction, and per main goal its introduction
 * and examples of initiatives), written and edited in Pejling per strategy and year.
 */
@Service
public class ReportTextService {

    /** One section of the edit page: its key, the main goal it belongs to (or null), the text and version. */
    public record Section(String key, String goalLabel, String part, String body, Long version) {
    }

    private final ReportTextStore store;
    private final StrategyService strategies;
    private final GoalService goals;
    private final Clock clock;
    private final ReportPermissions permissions;

    ReportTextService(ReportTextStore store, StrategyService strategies, GoalService goals, Clock clock,
                      ReportPermissions permissions) {
        this.permissions = permissions;
        this.store = store;
        this.strategies = strategies;
        this.goals = goals;
        this.clock = clock;
    }

    public static String mainGoalKey(UUID goalId) {
        return "main-goal:" + goalId;
    }

    /** Section key → sanitised text, for a strategy the viewer may see. */
    public Map<String, String> texts(StrategyId strategyId, int year, Viewer viewer) {
        return texts(strategies.get(strategyId, viewer), year);
    }

    /** The same for a strategy the caller has read for its viewer (the annual report), without reading it again. */
    Map<String, String> texts(Strategy strategy, int year) {
        Map<String, String> result = new LinkedHashMap<>();
        store.all(strategy.id().value(), year).forEach((k, v) -> result.put(k, v.body()));
        return result;
    }

    /** Every section the report has, in its order, with the text written so far. */
    public List<Section> sections(StrategyId strategyId, int year, Viewer viewer) {
        Strategy strategy = strategies.get(strategyId, viewer);
        return sections(strategy, goals.tree(strategy, viewer), year);
    }

    /** The same for a strategy and its goal forest the caller has read for its viewer (the texts page). */
    List<Section> sections(Strategy strategy, List<GoalNode> forest, int year) {
        Map<String, StoredText> stored = store.all(strategy.id().value(), year);
        List<Section> sections = new ArrayList<>();
        for (String key : List.of("foreword", "introduction")) {
            sections.add(section(key, null, key, stored));
        }
        for (GoalNode root : mainGoalsOf(forest)) {
            String label = root.goal().code() == null ? root.goal().title() : root.goal().code() + " " + root.goal().title();
            String key = mainGoalKey(root.goal().id().value());
            sections.add(section(key + ":introduction", label, "introduction", stored));
            sections.add(section(key + ":examples", label, "examples", stored));
        }
        return sections;
    }

    /** The goals the report has a chapter for: those of kind "hovedmål", or the top goals when there are none. */
    public List<GoalNode> mainGoals(StrategyId strategyId, Viewer viewer) {
        return mainGoalsOf(goals.tree(strategyId, viewer));
    }

    /** The same among a goal forest the caller has read. */
    static List<GoalNode> mainGoalsOf(List<GoalNode> forest) {
        List<GoalNode> main = new ArrayList<>();
        collectMain(forest, main);
        return main.isEmpty() ? forest : main;
    }

    private static void collectMain(List<GoalNode> nodes, List<GoalNode> into) {
        for (GoalNode node : nodes) {
            if (node.goal().kind() == GoalKind.MAIN_GOAL) {
                into.add(node);
            } else {
                collectMain(node.children(), into);
            }
        }
    }

    private static Section section(String key, String goalLabel, String part, Map<String, StoredText> stored) {
        StoredText text = stored.get(key);
        return new Section(key, goalLabel, part, text == null ? null : text.body(), text == null ? null : text.version());
    }

    /**
     * Saves every section whose text differs from the stored one, all or none: {@code versions} holds
     * the version each section was read at (absent for a section never written); a stale one is a 409.
     */
    @Transactional
    public int saveChanged(StrategyId strategyId, int year, Map<String, String> bodies, Map<String, Long> versions,
                           Viewer viewer) {
        strategies.get(strategyId, viewer);
        permissions.requireWriteTexts(strategyId.value(), viewer);
        int saved = 0;
        for (Section section : sections(strategyId, year, viewer)) {
            String body = bodies.get(section.key());
            String current = section.body() == null ? "" : section.body().strip();
            String sanitized = RichText.sanitize(body);
            if (body == null || (sanitized == null ? "" : sanitized).equals(current)) {
                continue;
            }
            save(strategyId, year, section.key(), body, versions.get(section.key()), viewer);
            saved++;
        }
        return saved;
    }

    /** Saves one section; {@code expectedVersion} null for a section never written, a stale one is a 409. */
    @Transactional
    public void save(StrategyId strategyId, int year, String section, String body, Long expectedVersion, Viewer viewer) {
        strategies.get(strategyId, viewer);
        permissions.requireWriteTexts(strategyId.value(), viewer);
        if (section == null || !section.matches("foreword|introduction|main-goal:[0-9a-f-]{36}:(introduction|examples)")) {
            throw new InvalidInputException("section", "unknown section");
        }
        if (year < 1900 || year > 2200) {
            throw new InvalidInputException("year", "must be a year, e.g. 2018");
        }
        if (!store.save(strategyId.value(), year, section, RichText.sanitize(body), expectedVersion, viewer.name(),
                clock.instant())) {
            throw new VersionConflictException("report text", section, expectedVersion == null ? 0 : expectedVersion + 1);
        }
    }
}
