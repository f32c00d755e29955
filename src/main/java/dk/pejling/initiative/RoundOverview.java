package dk.pejling.initiative;

import java.util.List;
import java.util.Map;

/**
 * A round as a matrix of initiatives × status: the counts of the whole round (or of one
 * organisation), and one page of its initiatives, optionally only those of one status or those
 * that have not reported.
 *
 * @param counts per status code in legend order, and "not reported" under the key {@code null}
 * @param total  how many initiatives match the filter, over all pages
 */
public record RoundOverview(ReportingRound round, List<StatusOption> options, Map<String, Long> counts,
                            List<OverviewRow> rows, long total, Filter filter) {

    /** Which rows to show: an organisation (and its units), a status code or {@link #NOT_REPORTED}, a page. */
    public record Filter(java.util.UUID organisation, String status, int page, int size) {

        public static final int MAX_SIZE = 5000;

        public Filter {
            page = Math.max(page, 0);
            size = size < 1 ? 100 : Math.min(size, MAX_SIZE);
            status = status == null || status.isBlank() ? null : status.strip();
        }

        public static Filter everything() {
            return new Filter(null, null, 0, MAX_SIZE);
        }
    }

    public static final String NOT_REPORTED = "not-reported";

    public long notReportedCount() {
        return counts.getOrDefault(null, 0L);
    }

    public long pages() {
        return Math.max(1, (total + filter.size() - 1) / filter.size());
    }

    public List<OverviewRow> notReported() {
        return rows.stream().filter(r -> !r.reported()).toList();
    }

    public StatusOption option(String code) {
        return options.stream().filter(o -> o.code().equals(code)).findFirst()
                .orElse(StatusOption.retired(code));
    }
}
