package dk.pejling.report.api;

import dk.pejling.report.ReportFormat;
import dk.pejling.report.job.ReportJob;
import dk.pejling.report.job.ReportJobRequest;
import dk.pejling.shared.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** What the audit log records of a report fetched as a file or shown as a page. */
public final class ReportAudit {

    private ReportAudit() {
    }

    public static Map<String, Object> parameters(UUID strategy, UUID round, Integer year, ReportFormat format, Instant asOf) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("strategy", strategy);
        if (round != null) {
            p.put("round", round);
        }
        if (year != null) {
            p.put("year", year);
        }
        p.put("format", format.name().toLowerCase(Locale.ROOT));
        p.put("asOf", asOf);
        return p;
    }

    /** A background job's file fetched: recorded as the synchronous endpoints record a download. */
    public static void downloaded(ApplicationEventPublisher events, ReportJob job) {
        ReportJobRequest r = job.request();
        if (r.kind() == ReportJobRequest.Kind.STATUS) {
            events.publishEvent(AuditEvent.download("status_report", r.round(),
                    parameters(r.strategy(), r.round(), null, r.format(), r.asOf())));
        } else {
            events.publishEvent(AuditEvent.download("annual_report", r.strategy(),
                    parameters(r.strategy(), null, r.year(), r.format(), r.asOf())));
        }
    }
}
