package dk.pejling.strategy;

import dk.pejling.strategy.store.DocumentFiles;
import dk.pejling.strategy.store.StrategyRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes uploaded files that no document row names: an upload that fails deletes its own file when its
 * transaction rolls back, but a crash or kill between writing the file and the commit cannot, and a
 * disk that fills up with such files stops every upload. Runs at start-up and every night; a file
 * younger than an hour is left alone, since it may belong to an upload still in progress.
 */
@Component
class DocumentSweep {

    static final Duration GRACE = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(DocumentSweep.class);

    private final StrategyRepository strategies;
    private final DocumentFiles files;
    private final Clock clock;

    DocumentSweep(StrategyRepository strategies, DocumentFiles files, Clock clock) {
        this.strategies = strategies;
        this.files = files;
        this.clock = clock;
    }

    /** The nightly sweep, on one instance per night. */
    @Scheduled(cron = "${PEJLING_DOCUMENTS_SWEEP_CRON:0 30 3 * * *}")
    @SchedulerLock(name = "document-sweep", lockAtMostFor = "PT1H")
    public void nightly() {
        sweep();
    }

    @EventListener(ApplicationReadyEvent.class)
    public int sweep() {
        int deleted = files.deleteOrphans(new HashSet<>(strategies.findDocumentIds()), clock.instant().minus(GRACE));
        if (deleted > 0) {
            log.info("Deleted {} uploaded files that no document refers to", deleted);
        }
        return deleted;
    }
}
