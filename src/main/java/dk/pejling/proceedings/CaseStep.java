package dk.pejling.proceedings;

import java.time.LocalDate;

/** One line of a case's timetable ("22. september 2014 Byråd Godkendelse af Strategi Tryg"); body is null when the minutes leave it out. */
public record CaseStep(LocalDate stepDate, String bodyName, String action) {
}
