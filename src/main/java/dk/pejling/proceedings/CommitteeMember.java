package dk.pejling.proceedings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person's membership of a committee (OParl Membership); the id stays when the committee is saved again. */
public record CommitteeMember(UUID membershipId, UUID personId, String role, boolean votingRight, LocalDate startDate,
                              LocalDate endDate, Instant createdAt) {
}
