package dk.pejling.initiative;

import java.time.Instant;

/** A status and comment of an initiative that was approved (or corrected) at {@code happenedAt}. */
public record ApprovedStatus(String statusCode, String comment, Instant happenedAt) {
}
