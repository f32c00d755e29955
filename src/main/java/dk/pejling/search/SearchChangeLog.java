package dk.pejling.search;

import dk.pejling.instance.InstanceId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The table {@code search_change}: every index update an instance applied, in order, so the other
 * instances (each with its own Lucene index) apply it too. A broadcast, not a queue: each instance
 * reads all rows after its own cursor ({@link SearchChangePoller}); rows are kept for a day.
 */
@Component
class SearchChangeLog {

    record Change(long seq, String source, String key, String instanceId) {
    }

    private final JdbcTemplate jdbc;
    private final String instance;
    private final Clock clock;

    SearchChangeLog(JdbcTemplate jdbc, InstanceId instance, Clock clock) {
        this.jdbc = jdbc;
        this.instance = instance.value();
        this.clock = clock;
    }

    String instance() {
        return instance;
    }

    void record(SearchableChanged change) {
        jdbc.update("INSERT INTO search_change (source, change_key, instance_id, changed_at) VALUES (?, ?, ?, ?)",
                change.source(), change.key(), instance, Timestamp.from(clock.instant()));
    }

    long last() {
        Long last = jdbc.queryForObject("SELECT MAX(seq) FROM search_change", Long.class);
        return last == null ? 0 : last;
    }

    List<Change> after(long seq, int limit) {
        return jdbc.query("SELECT seq, source, change_key, instance_id FROM search_change WHERE seq > ? ORDER BY seq LIMIT ?",
                (rs, i) -> new Change(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), seq, limit);
    }

    int deleteBefore(Instant limit) {
        return jdbc.update("DELETE FROM search_change WHERE changed_at < ?", Timestamp.from(limit));
    }
}
