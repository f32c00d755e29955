package dk.pejling.safetyindex;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored method version: the document as its author typed it, the parsed method and the SHA-256
 * of its canonical form. {@code publicIndex}: its unsuppressed values are shown to everyone.
 */
public record MethodVersion(UUID id, String version, String title, String document, MethodDocument method,
                            String sha256, boolean publicIndex, Instant createdAt) {
}
