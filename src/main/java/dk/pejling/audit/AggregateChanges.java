package dk.pejling.audit;

import dk.pejling.shared.AuditAction;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.conversion.AggregateChange;
import org.springframework.data.relational.core.conversion.DbAction;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.event.AbstractRelationalEvent;
import org.springframework.data.relational.core.mapping.event.BeforeDeleteEvent;
import org.springframework.data.relational.core.mapping.event.BeforeSaveEvent;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Logs every aggregate that any module saves or deletes through a Spring Data JDBC repository,
 * without the modules knowing: Spring Data publishes these events synchronously inside the
 * repository's transaction, so the entry commits or rolls back with the change. Before values are
 * the stored aggregate as loaded just before the save; after values are the aggregate being saved.
 * A save that changes nothing but the version is not a change and is not logged.
 */
@Component
class AggregateChanges implements ApplicationListener<AbstractRelationalEvent<?>> {

    private final AuditRecorder recorder;
    private final RelationalMappingContext mapping;
    private final JdbcAggregateOperations aggregates;

    AggregateChanges(AuditRecorder recorder, RelationalMappingContext mapping, @Lazy JdbcAggregateOperations aggregates) {
        this.recorder = recorder;
        this.mapping = mapping;
        this.aggregates = aggregates;
    }

    @Override
    public void onApplicationEvent(AbstractRelationalEvent<?> event) {
        if (event instanceof BeforeSaveEvent<?> save) {
            saved(save.getEntity(), save.getAggregateChange());
        } else if (event instanceof BeforeDeleteEvent<?> delete) {
            deleted(delete.getType(), delete.getId().getValue(), delete.getEntity());
        }
    }

    private void saved(Object aggregate, AggregateChange<?> change) {
        RelationalPersistentEntity<?> entity = mapping.getRequiredPersistentEntity(aggregate.getClass());
        Object id = entity.getIdentifierAccessor(aggregate).getIdentifier();
        JsonNode before = isInsert(change) || id == null ? null : AuditJson.tree(aggregates.findById(id, aggregate.getClass()));
        JsonNode after = AuditJson.tree(aggregate);
        if (before != null && !AuditJson.changed(before, after)) {
            return;
        }
        recorder.record(AuditJson.actionOf(before, after), type(entity), id == null ? null : id.toString(), before, after);
    }

    private void deleted(Class<?> type, Object id, Object aggregate) {
        RelationalPersistentEntity<?> entity = mapping.getRequiredPersistentEntity(type);
        Object stored = aggregate != null ? aggregate : aggregates.findById(id, type);
        recorder.record(AuditAction.DELETE, type(entity), String.valueOf(id), AuditJson.tree(stored), null);
    }

    private static boolean isInsert(AggregateChange<?> change) {
        AtomicBoolean insert = new AtomicBoolean();
        change.forEachAction(action -> {
            if (action instanceof DbAction.InsertRoot<?> || action instanceof DbAction.BatchInsertRoot<?>) {
                insert.set(true);
            }
        });
        return insert.get();
    }

    /** The record type is the aggregate's table, as in the database. */
    private static String type(RelationalPersistentEntity<?> entity) {
        return entity.getTableName().getReference();
    }
}
