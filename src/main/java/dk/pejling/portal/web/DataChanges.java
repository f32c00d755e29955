package dk.pejling.portal.web;

import org.springframework.context.PayloadApplicationEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells {@link RenderedPages} that the data changed, after the change is committed (before the commit a
 * new rendering would still read the old data and be kept). Two sources, so that no change is missed:
 * every module's events (strategies, goals, indicators, rounds, proceedings, the safety index: whatever
 * a module announces), and every committed read-write transaction, which also covers a change that
 * announces nothing. Spring Boot adds this listener to the transaction manager.
 *
 * <p>Rendering a portal page only reads; a transaction committed while the portal renders on the same
 * thread (an audit entry, a lazily created read model) is not a change of what the portal shows, so it
 * is not counted — otherwise such a page could never be kept.
 */
@Component
class DataChanges implements TransactionExecutionListener {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DataChanges.class);
    private static final ThreadLocal<Boolean> RENDERING = ThreadLocal.withInitial(() -> false);
    private final RenderedPages pages;

    DataChanges(RenderedPages pages) {
        this.pages = pages;
    }

    static void rendering(boolean on) {
        if (on) {
            RENDERING.set(true);
        } else {
            RENDERING.remove();
        }
    }

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
        if (commitFailure == null && transaction.isNewTransaction() && !transaction.isReadOnly() && !RENDERING.get()) {
            log.debug("portal pages out of date: transaction {} committed", transaction.getTransactionName());
            pages.dataChanged();
        }
    }

    /**
     * A module's event (not Spring's own, such as "request handled"), counted once its transaction
     * committed. A plain listener that defers itself: a transactional event listener would make Spring
     * Modulith record a publication of every event, Spring's own included.
     */
    @EventListener
    void on(PayloadApplicationEvent<?> event) {
        String type = event.getPayload().getClass().getName();
        if (RENDERING.get() || !type.startsWith("dk.pejling.") || type.startsWith("dk.pejling.audit.")) {
            return;
        }
        log.debug("portal pages out of date: {}", type);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    pages.dataChanged();
                }
            });
        } else {
            pages.dataChanged();
        }
    }
}
