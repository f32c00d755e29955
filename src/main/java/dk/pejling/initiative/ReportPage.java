package dk.pejling.initiative;

import dk.pejling.indicator.Indicator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the page of one initiative's report in a round shows, read in one call
 * ({@link RoundReadModels#initiativeReport}).
 *
 * @param report        the initiative's report in this round, null before the first one
 * @param history       every step of that report, oldest first; empty without a report
 * @param options       the strategy's status legend
 * @param mayReport     whether the viewer may submit a status now (an owner, and the round not locked)
 * @param indicators    the indicators of the initiative's goals, for new values with the status
 * @param canCoordinate whether the viewer reviews the strategy's reports
 * @param previous      the initiative's status in the round before this one, null when there was none
 * @param nextToReview  the next initiative of the round waiting for this coordinator's review, or null
 */
public record ReportPage(ReportingRound round, Initiative initiative, StatusReport report,
                         List<StatusReportRevision> history, List<StatusOption> options, boolean mayReport,
                         List<Indicator> indicators, boolean canCoordinate, StatusReportService.RoundStatus previous,
                         UUID nextToReview) {

    public ReportPage {
        history = List.copyOf(history);
        options = List.copyOf(options);
        indicators = List.copyOf(indicators);
    }

    /** The legend's entry for the report's status, null without a report or for a code the legend lost. */
    public StatusOption currentOption() {
        return report == null ? null
                : options.stream().filter(o -> o.code().equals(report.statusCode())).findFirst().orElse(null);
    }

    /** The status labels by code, for the history: a person reads "I gang", not "i-gang". */
    public Map<String, String> labels(Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        boolean english = locale != null && "en".equals(locale.getLanguage());
        options.forEach(o -> labels.put(o.code(), english && o.labelEn() != null ? o.labelEn() : o.labelDa()));
        return labels;
    }
}
