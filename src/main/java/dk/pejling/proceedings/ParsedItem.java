package dk.pejling.proceedings;

import java.time.LocalDate;
import java.util.List;

/**
 * One agenda item as the importer read it. {@code attachmentUrls} gives, by attachment name, the web address the
 * minutes carry for it (http or https only).
 */
public record ParsedItem(String number, String title, String caseNumber, String kleCode, boolean closed,
                         String description, String recommendation, String decision, List<String> attachments,
                         LocalDate hearingDeadline, List<CaseStep> timetable, java.util.Map<String, String> attachmentUrls) {

    public ParsedItem {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        timetable = timetable == null ? List.of() : List.copyOf(timetable);
        attachmentUrls = attachmentUrls == null ? java.util.Map.of() : java.util.Map.copyOf(attachmentUrls);
    }

    public ParsedItem(String number, String title, String caseNumber, String kleCode, boolean closed, String description,
                      String recommendation, String decision, List<String> attachments, LocalDate hearingDeadline,
                      List<CaseStep> timetable) {
        this(number, title, caseNumber, kleCode, closed, description, recommendation, decision, attachments, hearingDeadline,
                timetable, java.util.Map.of());
    }

    /** The web address of an attachment, or null. */
    public String urlOf(String attachment) {
        return attachmentUrls.get(attachment);
    }
}
