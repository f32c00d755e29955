package dk.pejling.proceedings;

import java.time.LocalDate;
import java.util.List;

/** One agenda item as the importer read it. */
public record ParsedItem(String number, String title, String caseNumber, String kleCode, boolean closed,
                         String description, String recommendation, String decision, List<String> attachments,
                         LocalDate hearingDeadline, List<CaseStep> timetable) {

    public ParsedItem {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        timetable = timetable == null ? List.of() : List.copyOf(timetable);
    }
}
