package dk.pejling.indicator;

import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Visibility;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything a user sets on an indicator, validated as a whole. */
public record IndicatorDetails(String name, String definition, Unit unit, Integer decimals, Direction direction,
                               Frequency frequency, String population, String sourceName, String sourceOwner,
                               String sourceUrl, Visibility visibility, List<GoalLink> goals, List<Baseline> baselines,
                               List<TargetSpec> targets) {

    public IndicatorDetails {
        Map<String, String> errors = new LinkedHashMap<>();
        name = clean(name);
        definition = clean(definition);
        population = clean(population);
        sourceName = clean(sourceName);
        sourceOwner = clean(sourceOwner);
        sourceUrl = clean(sourceUrl);
        if (name == null) {
            errors.put("name", "must not be blank");
        } else if (name.length() > 300) {
            errors.put("name", "must be at most 300 characters");
        }
        if (unit == null) {
            errors.put("unit", "must be given");
        }
        if (decimals == null) {
            decimals = unit == Unit.PERCENT || unit == Unit.PERCENTAGE_POINTS ? 1 : 0;
        } else if (decimals < 0 || decimals > 6) {
            errors.put("decimals", "must be between 0 and 6");
        }
        if (direction == null) {
            errors.put("direction", "must be given");
        }
        frequency = frequency == null ? Frequency.YEAR : frequency;
        visibility = visibility == null ? Visibility.PUBLIC : visibility;
        if (sourceUrl != null && !isHttp(sourceUrl)) {
            errors.put("sourceUrl", "must be an http or https address");
        }
        goals = goals == null ? List.of() : List.copyOf(goals);
        baselines = baselines == null ? List.of() : List.copyOf(baselines);
        targets = targets == null ? List.of() : List.copyOf(targets);
        for (int i = 0; i < baselines.size(); i++) {
            Baseline b = baselines.get(i);
            if (b.value() == null && (b.note() == null || b.note().isBlank())) {
                errors.put("baselines[" + i + "].value", "give a value, or describe the starting point in the note");
            }
        }
        if (goals.stream().map(GoalLink::goalId).distinct().count() != goals.size()) {
            errors.put("goals", "names the same goal twice");
        }
        if (goals.stream().anyMatch(g -> g.goalId() == null || g.weight().signum() < 0)) {
            errors.put("goals", "each goal needs an id and a weight of 0 or more");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static boolean isHttp(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}
