package dk.pejling.safetyindex;

import dk.pejling.safetyindex.MethodDocument.IndicatorSpec;
import dk.pejling.safetyindex.MethodDocument.Item;
import dk.pejling.safetyindex.MethodDocument.Normalisation;
import dk.pejling.safetyindex.MethodDocument.Source;
import dk.pejling.safetyindex.MethodDocument.SubIndex;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a method document must keep, all checked at once so an author sees every error:
 * weights positive and summing to 1 (sub-indices, and the indicators of each sub-index), known
 * items and sub-indices, answers counted inside the item's scale, goalposts for the goalpost
 * normalisation, a sane suppression and Monte Carlo.
 */
final class MethodRules {

    /** Weights are typed by people with a few decimals: 1/3 + 1/3 + 1/3 written as 0.333 + 0.333 + 0.334. */
    static final double WEIGHT_TOLERANCE = 1e-6;
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    private MethodRules() {
    }

    static Map<String, String> check(MethodDocument m) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (m.version() == null || !VERSION.matcher(m.version()).matches()) {
            errors.put("version", "must be a version like 1.0.0");
        }
        if (m.title() == null || m.title().isBlank() || m.title().length() > 200) {
            errors.put("title", "must be 1–200 characters");
        }
        if (m.draws() < 100 || m.draws() > 20_000) {
            errors.put("draws", "must be 100–20000");
        }
        if (m.weightNoise() < 0 || m.weightNoise() >= 1) {
            errors.put("weightNoise", "must be at least 0 and below 1");
        }
        var s = m.suppression();
        if (s.minN() < 1 || s.minEffectiveN() < 1 || s.maxHalfWidthPp() <= 0 || s.minCount() < 0) {
            errors.put("suppression", "thresholds must be positive");
        }
        Set<String> itemKeys = new HashSet<>();
        for (int i = 0; i < m.items().size(); i++) {
            Item item = m.items().get(i);
            String at = "items[" + i + "]";
            if (item.key() == null || !KEY.matcher(item.key()).matches() || !itemKeys.add(item.key())) {
                errors.put(at + ".key", "must be a unique key of a–z, digits and _");
            }
            if (item.scaleMin() == null || item.scaleMax() == null || item.scaleMin() >= item.scaleMax()) {
                errors.put(at + ".scaleMin", "the scale needs a minimum below its maximum");
            }
        }
        if (m.subIndices().isEmpty()) {
            errors.put("subIndices", "must name at least one sub-index");
        }
        Set<String> subKeys = new HashSet<>();
        for (int i = 0; i < m.subIndices().size(); i++) {
            SubIndex sub = m.subIndices().get(i);
            if (sub.key() == null || !KEY.matcher(sub.key()).matches() || !subKeys.add(sub.key())) {
                errors.put("subIndices[" + i + "].key", "must be a unique key of a–z, digits and _");
            }
            weight(errors, "subIndices[" + i + "].weight", sub.weight());
        }
        sumsToOne(errors, "subIndices", m.subIndices().stream().map(SubIndex::weight).toList());
        Set<String> indicatorKeys = new HashSet<>();
        for (int i = 0; i < m.indicators().size(); i++) {
            checkIndicator(errors, "indicators[" + i + "]", m.indicators().get(i), m, subKeys, indicatorKeys);
        }
        for (SubIndex sub : m.subIndices()) {
            List<IndicatorSpec> own = m.indicatorsOf(sub.key() == null ? "" : sub.key());
            if (own.isEmpty()) {
                errors.putIfAbsent("subIndices." + sub.key(), "has no indicator");
            } else {
                sumsToOne(errors, "subIndices." + sub.key() + ".indicators", own.stream().map(IndicatorSpec::weight).toList());
            }
        }
        return errors;
    }

    private static void checkIndicator(Map<String, String> errors, String at, IndicatorSpec ind, MethodDocument m,
                                       Set<String> subKeys, Set<String> indicatorKeys) {
        if (ind.key() == null || !KEY.matcher(ind.key()).matches() || !indicatorKeys.add(ind.key())) {
            errors.put(at + ".key", "must be a unique key of a–z, digits and _");
        }
        if (ind.subIndex() == null || !subKeys.contains(ind.subIndex())) {
            errors.put(at + ".subIndex", "must name one of the sub-indices");
        }
        weight(errors, at + ".weight", ind.weight());
        if (ind.source() == null) {
            errors.put(at + ".source", "must be SURVEY or CRIME");
        } else if (ind.source() == Source.SURVEY) {
            Item item = ind.item() == null ? null : m.item(ind.item()).orElse(null);
            if (item == null) {
                errors.put(at + ".item", "must name one of the items");
            } else if (ind.counted().isEmpty()) {
                errors.put(at + ".counted", "must list the answers that count (e.g. 1, 2, 3 for \"tryg\")");
            } else if (item.scaleMin() != null && item.scaleMax() != null
                    && ind.counted().stream().anyMatch(a -> a == null || a < item.scaleMin() || a > item.scaleMax())) {
                errors.put(at + ".counted", "an answer lies outside the item's scale " + item.scaleMin() + "–" + item.scaleMax());
            }
        }
        var norm = ind.normalisation();
        if (norm.method() == Normalisation.GOALPOSTS) {
            if (norm.low() == null || norm.high() == null || !(norm.low() < norm.high())) {
                errors.put(at + ".normalisation", "fixed goalposts need a low below the high");
            }
        }
    }

    private static void weight(Map<String, String> errors, String field, Double weight) {
        if (weight == null || !(weight > 0) || weight > 1) {
            errors.put(field, "must be above 0 and at most 1");
        }
    }

    private static void sumsToOne(Map<String, String> errors, String field, List<Double> weights) {
        if (weights.isEmpty() || weights.stream().anyMatch(w -> w == null)) {
            return;
        }
        double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - 1.0) > WEIGHT_TOLERANCE) {
            errors.put(field, "the weights must sum to 1; they sum to " + Math.round(sum * 1e6) / 1e6);
        }
    }
}
