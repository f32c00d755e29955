package dk.pejling.audit;

import dk.pejling.audit.store.AuditStore;
import dk.pejling.shared.AuditAction;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes entries older than the retention settings once a day: reads and logins after six months
 * unless configured otherwise, changes never unless configured. Deletes in batches, each its own
 * transaction, so ten million old rows never make one huge transaction or lock.
 */
@Component
public class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);
    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
    static final int BATCH = 10_000;

    private final AuditStore store;
    private final AuditProperties.Retention retention;
    private final Clock clock;
    private final TransactionTemplate transaction;

    AuditRetention(AuditStore store, AuditProperties properties, Clock clock, PlatformTransactionManager transactions) {
        this.store = store;
        this.retention = properties.retention();
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${pejling.audit.cron:0 30 3 * * *}", zone = "Europe/Copenhagen")
    @SchedulerLock(name = "audit-retention", lockAtMostFor = "PT2H")
    public void daily() {
        purge(clock);
    }

    /** Runs the job as of the clock's now; answers how many entries were deleted. */
    public int purge(Clock now) {
        int deleted = purge(AuditAction.READS, retention.reads(), now)
                + purge(EnumSet.complementOf(EnumSet.copyOf(AuditAction.READS)), retention.changes(), now);
        if (deleted > 0) {
            log.info("Audit retention deleted {} entries", deleted);
        }
        return deleted;
    }

    private int purge(Set<AuditAction> actions, Period keep, Clock now) {
        if (keep == null) {
            return 0;
        }
        Instant before = now.instant().atZone(DENMARK).minus(keep).toInstant();
        int total = 0;
        int deleted;
        do {
            deleted = transaction.execute(status -> store.deleteOlderThan(actions, before, BATCH));
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
