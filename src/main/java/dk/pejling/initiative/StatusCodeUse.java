package dk.pejling.initiative;

import java.util.UUID;

/** A status report (its current state or a revision in its history) that carries a status code. */
public record StatusCodeUse(String code, UUID reportId, UUID roundId, UUID initiativeId) {
}
