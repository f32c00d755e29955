package dk.pejling.safetyindex;

import dk.pejling.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A computed value that feeds an indicator of the goal tree: {@code component} is "index", "sub:&lt;key&gt;"
 * (a sub-index) or "ind:&lt;key&gt;" (an indicator, e.g. the share "andel_tryg") of one area by one method
 * version.
 *
 * <p>With a {@code baseline} period the feed enters, for every later period, the <em>change</em> since the
 * baseline with the 95 % interval of the paired difference ({@link Change}) instead of the level. That is
 * how a goal that asks for "en større tryghed" or "en nedgang" without a number gets a verdict: a target of
 * "over 0" (or "under 0") on the change is reached only when the whole interval clears 0. A sub-index has
 * no draws of its own, so only the index and the indicators can feed a change.
 */
public record IndicatorFeed(String indicatorKey, String area, String methodVersion, String component, Period baseline) {

    public static final String INDEX = "index";
    public static final String SUB = "sub:";
    public static final String INDICATOR = "ind:";

    public IndicatorFeed {
        Map<String, String> errors = new LinkedHashMap<>();
        indicatorKey = indicatorKey == null ? null : indicatorKey.strip();
        area = area == null ? null : area.strip();
        methodVersion = methodVersion == null ? null : methodVersion.strip();
        component = component == null ? null : component.strip();
        if (indicatorKey == null || indicatorKey.isEmpty()) {
            errors.put("indicatorKey", "must name an indicator");
        } else if (indicatorKey.length() > 120) {
            errors.put("indicatorKey", "must be at most 120 characters");
        }
        if (area == null || area.isEmpty()) {
            errors.put("area", "must name an area");
        }
        if (methodVersion == null || methodVersion.isEmpty()) {
            errors.put("methodVersion", "must name a method version");
        }
        if (component == null || !(component.equals(INDEX) || component.startsWith(SUB) || component.startsWith(INDICATOR))
                || (!component.equals(INDEX) && component.length() <= 4)) {
            errors.put("component", "must be index, sub:<key> or ind:<key>");
        } else if (baseline != null && component.startsWith(SUB)) {
            errors.put("component", "a change since a baseline needs the index or an indicator (a sub-index has no interval)");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** A feed of the level, without a baseline. */
    public IndicatorFeed(String indicatorKey, String area, String methodVersion, String component) {
        this(indicatorKey, area, methodVersion, component, null);
    }

    /** The key of the sub-index or indicator, or null for the index. */
    public String componentKey() {
        return component.equals(INDEX) ? null : component.substring(4);
    }

    public boolean feedsChange() {
        return baseline != null;
    }

    /** The fed value with its interval, or null when the stored value hides it. */
    public Double[] pick(StoredValue v) {
        if (component.equals(INDEX)) {
            return v.value() == null ? null : new Double[] {v.value(), v.low(), v.high()};
        }
        String key = componentKey();
        if (component.startsWith(SUB)) {
            return v.subIndices().stream().filter(s -> s.key().equals(key) && s.value() != null).findFirst()
                    .map(s -> new Double[] {s.value(), null, null}).orElse(null);
        }
        return v.indicators().stream().filter(c -> c.key().equals(key) && c.suppressed() == null && c.value() != null)
                .findFirst().map(c -> new Double[] {c.value(), c.low(), c.high()}).orElse(null);
    }
}
