package dk.pejling.proceedings;

import java.util.UUID;

/** An organisation a meeting can belong to as its body (a municipality, a police district). */
public record BodyChoice(UUID organisationId, String name) {
}
