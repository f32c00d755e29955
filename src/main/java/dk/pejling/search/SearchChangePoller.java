package dk.pejling.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentSkipListSet;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Applies to this instance's index the changes other instances applied to theirs (Hibernate Search's
 * outbox polling, in small): every second it reads the {@link SearchChangeLog} after its cursor and
 * replaces the changed keys' documents, which is idempotent. Sequence numbers are handed out before
 * commit, so a row may become visible after a higher one: the last {@value #LOOKBACK} numbers below
 * the cursor are read again and the ones already applied skipped. An on-disk index keeps its cursor in
 * a file beside it, so an instance that was stopped catches up with what it missed; an in-memory
 * index is rebuilt at start and begins at the newest change.
 */
@Component
class SearchChangePoller {

    private static final Logger log = LoggerFactory.getLogger(SearchChangePoller.class);
    static final int LOOKBACK = 50;
    private static final int BATCH = 500;
    private static final Duration KEEP = Duration.ofDays(1);

    private final SearchChangeLog changes;
    private final SearchIndexing indexing;
    private final Clock clock;
    private final Path cursorFile;
    private final NavigableSet<Long> applied = new ConcurrentSkipListSet<>();
    private volatile long cursor;

    SearchChangePoller(SearchChangeLog changes, SearchIndexing indexing, SearchProperties search, Clock clock,
                       dk.pejling.shared.PejlingProperties pejling) {
        this.changes = changes;
        this.indexing = indexing;
        this.clock = clock;
        this.cursorFile = search.inMemory() ? null : (search.indexDir() == null || search.indexDir().isBlank()
                ? pejling.dataDir().resolve("search-index") : Path.of(search.indexDir())).toAbsolutePath()
                .resolveSibling("search-index.cursor");
        this.cursor = stored().orElseGet(changes::last);
    }

    /** Every instance polls: each has its own index. */
    @Scheduled(fixedDelayString = "${pejling.search.changes.poll:PT1S}", initialDelayString = "${pejling.search.changes.poll:PT1S}")
    void poll() {
        long before = cursor;
        List<SearchChangeLog.Change> batch = changes.after(Math.max(0, cursor - LOOKBACK), BATCH);
        for (SearchChangeLog.Change change : batch) {
            if (applied.contains(change.seq()) || change.seq() <= cursor - LOOKBACK) {
                continue;
            }
            if (!change.instanceId().equals(changes.instance())) {
                try {
                    indexing.apply(change.source(), change.key());
                } catch (RuntimeException e) {
                    log.warn("search: change {} of {} {} from instance {} not applied; it is tried again", change.seq(),
                            change.source(), change.key(), change.instanceId(), e);
                    break;
                }
            }
            applied.add(change.seq());
            cursor = Math.max(cursor, change.seq());
        }
        applied.headSet(cursor - LOOKBACK, true).clear();
        if (cursor != before) {
            store(cursor);
        }
    }

    /** Forgets changes older than a day; one instance per hour. */
    @Scheduled(cron = "${pejling.search.changes.prune-cron:0 17 * * * *}")
    @SchedulerLock(name = "search-change-prune", lockAtMostFor = "PT10M")
    public void prune() {
        changes.deleteBefore(clock.instant().minus(KEEP));
    }

    private java.util.Optional<Long> stored() {
        try {
            if (cursorFile != null && Files.isRegularFile(cursorFile)) {
                return java.util.Optional.of(Long.parseLong(Files.readString(cursorFile).strip()));
            }
        } catch (IOException | NumberFormatException e) {
            log.warn("search: cannot read {}; starting at the newest change", cursorFile);
        }
        return java.util.Optional.empty();
    }

    private void store(long value) {
        if (cursorFile == null) {
            return;
        }
        try {
            Files.writeString(cursorFile, Long.toString(value));
        } catch (IOException e) {
            log.warn("search: cannot write {}", cursorFile, e);
        }
    }
}
