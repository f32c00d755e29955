package dk.pejling.shared.web;

import java.sql.SQLTransientConnectionException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * "No database connection to be had in time": the pool's connections were all in use for the whole wait
 * (Hikari's {@link SQLTransientConnectionException}), or the database could not be reached. Nothing of the
 * request was done, so it is a 503 with {@code Retry-After}, not a 500: nginx passes an idempotent request
 * on to the other instance, and a client may send it again.
 */
final class BusyDatabase {

    /** Seconds a client waits before it sends the request again: a burst that fills the pool is over by then. */
    static final int RETRY_AFTER_SECONDS = 2;

    private BusyDatabase() {
    }

    /** Whether {@code failure}, or anything that caused it, says that no connection could be had. */
    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof CannotGetJdbcConnectionException) {
                return true;
            }
        }
        return false;
    }
}
