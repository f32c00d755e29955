package dk.pejling.safetyindex;

/**
 * One value of the safety index as a report prints it: the area's index with its 95 % interval, the
 * answers behind it, why it is hidden when it is, the method version with the SHA-256 of its document,
 * and whether generated (SYNTETISK) data went into it.
 *
 * @param value      null when hidden ({@code suppressed} says why)
 * @param feeds      the names of the goal tree's indicators this area's values feed
 */
public record IndexReportRow(String area, String areaName, String period, String methodVersion, String methodSha256,
                             Double value, Double low, Double high, long respondents, Double effectiveN, String suppressed,
                             boolean synthetic, String feeds) {

    /** The first 12 characters of the method's SHA-256: enough to tell versions apart on paper. */
    public String methodShort() {
        return methodSha256 == null ? null : methodSha256.substring(0, Math.min(12, methodSha256.length()));
    }

    /** "62,3 (58,1–66,0)" in Danish, "62.3 (58.1–66.0)" in English; null when hidden. */
    public String valueText(boolean danish) {
        if (value == null) {
            return null;
        }
        return number(value, danish) + (low == null || high == null ? "" : " (" + number(low, danish) + "–" + number(high, danish) + ")");
    }

    /** Why a hidden value is hidden (its message key is {@code safetyindex.suppressed.<reason>}), or null. */
    public Suppression.Reason suppressedReason() {
        if (suppressed == null) {
            return null;
        }
        int colon = suppressed.indexOf(':');
        try {
            return Suppression.Reason.valueOf(colon < 0 ? suppressed : suppressed.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The numbers behind the reason ("n = 32 < 50"), or an empty text. */
    public String suppressedDetail() {
        int colon = suppressed == null ? -1 : suppressed.indexOf(':');
        return colon < 0 ? "" : suppressed.substring(colon + 1).strip();
    }

    private static String number(double x, boolean danish) {
        String text = String.format(java.util.Locale.ROOT, "%.1f", x);
        return danish ? text.replace('.', ',') : text;
    }
}
