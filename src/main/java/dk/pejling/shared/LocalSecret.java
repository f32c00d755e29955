package dk.pejling.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * A random 32-byte secret kept in a file of the data directory (made at first use, readable by the
 * owner only), for what must survive a restart but never reach the database: the key that signs
 * known-device cookies, the key the audit retention job shows the PostgreSQL trigger.
 */
public final class LocalSecret {

    private static final int BYTES = 32;

    private LocalSecret() {
    }

    /** The secret in the file, made and stored when the file is missing; empty when it cannot be kept. */
    public static Optional<byte[]> load(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                byte[] stored = Base64.getDecoder().decode(Files.readString(file).strip());
                if (stored.length >= BYTES) {
                    return Optional.of(stored);
                }
            }
            byte[] fresh = random();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the data directory's own permissions protect it.
            }
            return Optional.of(fresh);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static byte[] random() {
        byte[] bytes = new byte[BYTES];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
