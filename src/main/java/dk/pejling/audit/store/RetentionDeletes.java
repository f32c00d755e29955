package dk.pejling.audit.store;

import java.util.function.Supplier;

/**
 * The one way to delete audit entries: the retention job runs its DELETE inside {@link #run}.
 * On H2 the trigger reads this thread's flag, which no SQL can set; on PostgreSQL the job sets a
 * transaction-local setting to a secret whose hash the trigger compares (see {@link AuditRetentionKey}).
 */
public final class RetentionDeletes {

    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

    private RetentionDeletes() {
    }

    static <T> T run(Supplier<T> deletes) {
        ACTIVE.set(true);
        try {
            return deletes.get();
        } finally {
            ACTIVE.remove();
        }
    }

    static boolean active() {
        return ACTIVE.get();
    }
}
