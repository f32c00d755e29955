package dk.pejling.shared;

import java.time.LocalDate;

/** A span of dates; the end may be open. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("periodTo", "must not be before the start of the period");
        }
    }

    public boolean covers(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
