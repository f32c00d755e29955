package dk.pejling.audit.store;

import dk.pejling.audit.AuditEntry;
import dk.pejling.audit.AuditFilter;
import dk.pejling.shared.AuditAction;
import dk.pejling.shared.PageQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Repository;

/**
 * The audit table. Insert and read only: there is no update, and the only delete is the
 * retention job's, which the database's trigger lets through (see {@link RetentionDeletes}).
 */
@Repository
public class AuditStore {

    private static final String COLUMNS = "id, occurred_at, actor_id, actor_name, actor_token, ip_address, action, "
            + "record_type, record_id, before_value, after_value";
    private static final int CSV_FETCH_SIZE = 500;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final AuditRetentionKey retentionKey;

    AuditStore(JdbcClient jdbc, DataSource dataSource, AuditRetentionKey retentionKey) {
        this.jdbc = jdbc;
        this.retentionKey = retentionKey;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(CSV_FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(template);
    }

    public void insert(NewAuditEntry e) {
        jdbc.sql("INSERT INTO audit_entry (occurred_at, actor_id, actor_name, actor_token, ip_address, action, "
                        + "record_type, record_id, before_value, after_value) "
                        + "VALUES (:at, :actorId, :actorName, :token, :ip, :action, :type, :id, :before, :after)")
                .param("at", Timestamp.from(e.occurredAt()))
                .param("actorId", e.actorId())
                .param("actorName", cut(e.actorName(), 200))
                .param("token", cut(e.actorToken(), 100))
                .param("ip", cut(e.ipAddress(), 64))
                .param("action", e.action().name())
                .param("type", cut(e.recordType(), 100))
                .param("id", cut(e.recordId(), 100))
                .param("before", e.before())
                .param("after", e.after())
                .update();
    }

    /** One page, newest first. */
    public List<AuditEntry> search(AuditFilter filter, PageQuery page) {
        Where where = where(filter);
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry" + where.sql
                        + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(where.params).param("limit", page.size()).param("offset", page.offset())
                .query(AuditStore::entry).list();
    }

    /**
     * The number of matches, counted up to {@code cap}: an exact count of ten million rows takes
     * seconds on every page, counting to the cap reads at most that many index entries.
     */
    public long count(AuditFilter filter, int cap) {
        Where where = where(filter);
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM audit_entry" + where.sql + " LIMIT :cap) counted")
                .params(where.params).param("cap", cap).query(Long.class).single();
    }

    /** Every match, newest first, one at a time so that an export of millions of rows stays small in memory. */
    public void forEach(AuditFilter filter, Consumer<AuditEntry> consumer) {
        Where where = where(filter);
        streaming.query("SELECT " + COLUMNS + " FROM audit_entry" + where.sql + " ORDER BY occurred_at DESC, id DESC",
                where.params, rs -> {
                    consumer.accept(entry(rs, 0));
                });
    }

    /**
     * Deletes up to {@code batch} entries of these actions older than the moment; the caller runs
     * it in a transaction and repeats until nothing is left, so no transaction grows huge.
     */
    public int deleteOlderThan(Set<AuditAction> actions, Instant before, int batch) {
        return RetentionDeletes.run(() -> {
            // On PostgreSQL the trigger wants the key; the setting ends with this transaction.
            retentionKey.unlockForThisTransaction();
            return jdbc.sql("DELETE FROM audit_entry WHERE id IN (SELECT id FROM audit_entry "
                            + "WHERE action IN (:actions) AND occurred_at < :before LIMIT :batch)")
                    .param("actions", actions.stream().map(Enum::name).toList())
                    .param("before", Timestamp.from(before))
                    .param("batch", batch)
                    .update();
        });
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(AuditFilter f) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.user() != null) {
            UUID id = f.userId();
            if (id != null) {
                conditions.add("actor_id = :actorId");
                params.put("actorId", id);
            } else {
                conditions.add("actor_name = :actorName");
                params.put("actorName", f.user());
            }
        }
        if (f.recordId() != null) {
            conditions.add("record_id = :recordId");
            params.put("recordId", f.recordId());
        }
        if (f.recordType() != null) {
            conditions.add("record_type = :recordType");
            params.put("recordType", f.recordType());
        }
        if (f.person() != null) {
            // A text search: no index helps with a name inside JSON, so it reads the rows the other
            // filters (and above all the time range) leave.
            conditions.add("(LOWER(actor_name) LIKE :person OR LOWER(before_value) LIKE :person "
                    + "OR LOWER(after_value) LIKE :person)");
            params.put("person", "%" + f.person().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", Timestamp.from(f.from()));
        }
        if (f.to() != null) {
            conditions.add("occurred_at < :to");
            params.put("to", Timestamp.from(f.to()));
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("actor_id", UUID.class), rs.getString("actor_name"), rs.getString("actor_token"),
                rs.getString("ip_address"), AuditAction.valueOf(rs.getString("action")), rs.getString("record_type"),
                rs.getString("record_id"), rs.getString("before_value"), rs.getString("after_value"));
    }

    /** At most {@code max} characters, without NUL (PostgreSQL stores none; a user name typed at the login may hold one). */
    private static String cut(String value, int max) {
        String clean = value == null || value.indexOf('\u0000') < 0 ? value : value.replace("\u0000", "\uFFFD");
        return clean == null || clean.length() <= max ? clean : clean.substring(0, max);
    }

    static boolean isPostgres(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, m -> m.getDatabaseProductName());
            return product != null && product.toLowerCase(Locale.ROOT).contains("postgres");
        } catch (Exception e) {
            throw new IllegalStateException("Cannot tell which database the audit log is on", e);
        }
    }
}
