package dk.pejling.initiative;

import java.util.List;

/**
 * A new status legend would leave out codes that status reports use (HTTP 409): the change is refused
 * and the reports are listed, so the coordinator can keep the codes (relabelled, perhaps) instead.
 */
public class StatusCodesInUseException extends RuntimeException {

    private final transient List<StatusCodeUse> uses;

    public StatusCodesInUseException(List<StatusCodeUse> uses) {
        super("the status codes " + uses.stream().map(StatusCodeUse::code).distinct().toList()
                + " are used by " + uses.stream().map(StatusCodeUse::reportId).distinct().count() + " status reports");
        this.uses = List.copyOf(uses);
    }

    public List<StatusCodeUse> uses() {
        return uses;
    }
}
