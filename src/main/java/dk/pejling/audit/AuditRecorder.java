package dk.pejling.audit;

import dk.pejling.audit.store.AuditStore;
import dk.pejling.audit.store.NewAuditEntry;
import dk.pejling.shared.AuditAction;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Writes entries. A change is written in the transaction of the change, so both commit or neither
 * does. A read (an export, a download) often runs in a read-only transaction, where the database
 * refuses an insert; its entry gets a transaction of its own.
 */
@Component
class AuditRecorder {

    private final AuditStore store;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AuditRecorder(AuditStore store, Clock clock, PlatformTransactionManager transactions) {
        this.store = store;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void record(AuditAction action, String recordType, String recordId, JsonNode before, JsonNode after) {
        record(Actor.current(), action, recordType, recordId, before, after);
    }

    void record(Actor actor, AuditAction action, String recordType, String recordId, JsonNode before, JsonNode after) {
        NewAuditEntry entry = new NewAuditEntry(clock.instant(), actor.userId(), actor.name(), actor.token(),
                actor.ipAddress(), action, recordType, recordId, AuditJson.text(before), AuditJson.text(after));
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            ownTransaction.executeWithoutResult(status -> store.insert(entry));
        } else {
            store.insert(entry);
        }
    }
}
