package dk.pejling.shared;

import java.io.IOException;
import java.util.Locale;

/**
 * The storage an upload goes to has no room left (the disk or the user's quota is full). Not the
 * client's fault and not a bug: the API answers 507 Insufficient Storage and the page says, in the
 * user's language, that the file was not saved and nothing else changed. The JDK has no exception of
 * its own for it; the operating system's message ("No space left on device", ENOSPC, or "Disk quota
 * exceeded", EDQUOT) is the only sign, so {@link #causedByFullStorage} reads the chain of causes.
 */
public class StorageFullException extends RuntimeException {

    public StorageFullException(String what, Throwable cause) {
        super("no room left to store " + what, cause);
    }

    /** Whether the failure, or one of its causes, is an {@link IOException} saying the storage is full. */
    public static boolean causedByFullStorage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException && t.getMessage() != null) {
                String message = t.getMessage().toLowerCase(Locale.ROOT);
                if (message.contains("no space left on device") || message.contains("disk quota exceeded")) {
                    return true;
                }
            }
        }
        return false;
    }
}
