package dk.pejling.search;

import java.util.HashSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What modules call to say that a key's searchable content changed: publishes one {@link SearchableChanged}
 * per key and transaction (a use case that saves a strategy and five goals reindexes the strategy once).
 * Must be called inside the transaction of the change, so the event publication registry records the event
 * with it.
 */
@Component
public class SearchFeed {

    private static final Object RESOURCE = new Object();

    private final ApplicationEventPublisher events;

    SearchFeed(ApplicationEventPublisher events) {
        this.events = events;
    }

    public void changed(String source, Object key) {
        if (key == null) {
            return;
        }
        SearchableChanged change = new SearchableChanged(source, key.toString());
        if (TransactionSynchronizationManager.isSynchronizationActive() && !seen().add(change)) {
            return;
        }
        events.publishEvent(change);
    }

    @SuppressWarnings("unchecked")
    private static Set<SearchableChanged> seen() {
        Set<SearchableChanged> seen = (Set<SearchableChanged>) TransactionSynchronizationManager.getResource(RESOURCE);
        if (seen == null) {
            Set<SearchableChanged> fresh = new HashSet<>();
            TransactionSynchronizationManager.bindResource(RESOURCE, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
                }
            });
            seen = fresh;
        }
        return seen;
    }
}
