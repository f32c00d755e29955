package dk.pejling.safetyindex;

import dk.pejling.shared.InvalidInputException;

/**
 * A computed value that feeds an indicator of the goal tree: {@code component} is "index", "sub:&lt;key&gt;"
 * (a sub-index) or "ind:&lt;key&gt;" (an indicator, e.g. the share "tryg") of one area by one method version.
 */
public record IndicatorFeed(String indicatorKey, String area, String methodVersion, String component) {

    public IndicatorFeed {
        if (indicatorKey == null || indicatorKey.isBlank()) {
            throw new InvalidInputException("indicatorKey", "must name an indicator");
        }
        if (component == null || !(component.equals("index") || component.startsWith("sub:") || component.startsWith("ind:"))) {
            throw new InvalidInputException("component", "must be index, sub:<key> or ind:<key>");
        }
    }

    /** The fed value with its interval, or null when the stored value hides it. */
    public Double[] pick(StoredValue v) {
        if (component.equals("index")) {
            return v.value() == null ? null : new Double[] {v.value(), v.low(), v.high()};
        }
        String key = component.substring(4);
        if (component.startsWith("sub:")) {
            return v.subIndices().stream().filter(s -> s.key().equals(key) && s.value() != null).findFirst()
                    .map(s -> new Double[] {s.value(), null, null}).orElse(null);
        }
        return v.indicators().stream().filter(c -> c.key().equals(key) && c.suppressed() == null && c.value() != null)
                .findFirst().map(c -> new Double[] {c.value(), c.low(), c.high()}).orElse(null);
    }
}
