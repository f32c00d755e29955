package dk.pejling.safetyindex.store;

import dk.pejling.safetyindex.IndicatorFeed;
import dk.pejling.safetyindex.Period;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which values feed which indicators of the goal tree. */
@Repository
public class FeedStore {

    private static final String COLUMNS = "SELECT indicator_key, area_code, method_version, component, baseline_period FROM safetyindex_feed";

    private final JdbcClient jdbc;

    FeedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves the feed, replacing the one of the same indicator, area and method version. */
    public void save(IndicatorFeed feed) {
        delete(feed.indicatorKey(), feed.area(), feed.methodVersion());
        jdbc.sql("INSERT INTO safetyindex_feed (indicator_key, area_code, method_version, component, baseline_period) VALUES (?, ?, ?, ?, ?)")
                .params(feed.indicatorKey(), feed.area(), feed.methodVersion(), feed.component(),
                        feed.baseline() == null ? null : feed.baseline().toString()).update();
    }

    public boolean delete(String indicatorKey, String area, String methodVersion) {
        return jdbc.sql("DELETE FROM safetyindex_feed WHERE indicator_key = ? AND area_code = ? AND method_version = ?")
                .params(indicatorKey, area, methodVersion).update() > 0;
    }

    public List<IndicatorFeed> of(String methodVersion) {
        return jdbc.sql(COLUMNS + " WHERE method_version = ?").param(methodVersion).query(FeedStore::feed).list();
    }

    public List<IndicatorFeed> all() {
        return jdbc.sql(COLUMNS + " ORDER BY indicator_key, area_code, method_version").query(FeedStore::feed).list();
    }

    private static IndicatorFeed feed(ResultSet rs, int row) throws SQLException {
        String baseline = rs.getString(5);
        return new IndicatorFeed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                baseline == null ? null : Period.of(baseline));
    }
}
