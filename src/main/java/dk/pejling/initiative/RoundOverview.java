package dk.pejling.initiative;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A round as a matrix of initiatives × status, with counts and who has not reported. */
public record RoundOverview(ReportingRound round, List<StatusOption> options, List<OverviewRow> rows) {

    /** Count per status code, in legend order, plus "not reported" under the key {@code null}. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        options.forEach(o -> counts.put(o.code(), 0L));
        long missing = 0;
        for (OverviewRow row : rows) {
            if (row.reported()) {
                counts.merge(row.statusCode(), 1L, Long::sum);
            } else {
                missing++;
            }
        }
        counts.put(null, missing);
        return counts;
    }

    public List<OverviewRow> notReported() {
        return rows.stream().filter(r -> !r.reported()).toList();
    }

    public StatusOption option(String code) {
        return options.stream().filter(o -> o.code().equals(code)).findFirst()
                .orElse(new StatusOption(code == null ? "ukendt" : code, code == null ? "Ukendt" : code, null, "#545454", "?", false));
    }
}
