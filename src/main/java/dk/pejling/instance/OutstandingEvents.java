package dk.pejling.instance;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends again the events whose listener never finished (its instance stopped, or the listener failed), once
 * across instances. Spring Modulith's own resubmission at start ({@code republish-outstanding-events-on-restart},
 * switched off) resubmits every incomplete publication, including those another instance's listener is running
 * right now, so a listener could run twice at once. Here one instance per tick (ShedLock) resubmits only the
 * publications older than {@code pejling.events.resubmit-older-than}, longer than any listener takes on a live
 * instance. The registry also claims each one in the database ({@code status = 'RESUBMITTED'}) before invoking
 * its listener, so two overlapping runs do not both send a publication in flight; Modulith 2.1.1 may still
 * claim one that completed a moment before (spring-modulith#1936, fixed in 2.1.2), which the lock prevents
 * here. The listeners are idempotent besides (the search index replaces a key's documents, the text
 * extraction stores a document's text by its id, the safety-index feed corrects the period's measurement it
 * entered before), so a resubmission that meets a very slow first run does no harm.
 */
@Component
class OutstandingEvents {

    private static final Logger log = LoggerFactory.getLogger(OutstandingEvents.class);

    private final IncompleteEventPublications incomplete;
    private final Duration olderThan;

    OutstandingEvents(IncompleteEventPublications incomplete,
                      @Value("${pejling.events.resubmit-older-than:PT10M}") Duration olderThan) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    @Scheduled(fixedDelayString = "${pejling.events.resubmit-every:PT5M}",
            initialDelayString = "${pejling.events.resubmit-first:PT1M}")
    @SchedulerLock(name = "event-resubmission", lockAtMostFor = "PT5M", lockAtLeastFor = "PT10S")
    public void resubmit() {
        log.debug("resubmitting event publications incomplete for more than {}", olderThan);
        incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
    }
}
