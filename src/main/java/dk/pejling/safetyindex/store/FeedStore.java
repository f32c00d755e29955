package dk.pejling.safetyindex.store;

import dk.pejling.safetyindex.IndicatorFeed;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which values feed which indicators of the goal tree. */
@Repository
public class FeedStore {

    private final JdbcClient jdbc;

    FeedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(IndicatorFeed feed) {
        jdbc.sql("DELETE FROM safetyindex_feed WHERE indicator_key = ? AND area_code = ? AND method_version = ?")
                .params(feed.indicatorKey(), feed.area(), feed.methodVersion()).update();
        jdbc.sql("INSERT INTO safetyindex_feed (indicator_key, area_code, method_version, component) VALUES (?, ?, ?, ?)")
                .params(feed.indicatorKey(), feed.area(), feed.methodVersion(), feed.component()).update();
    }

    public List<IndicatorFeed> all() {
        return jdbc.sql("SELECT indicator_key, area_code, method_version, component FROM safetyindex_feed"
                        + " ORDER BY indicator_key, area_code, method_version")
                .query((rs, i) -> new IndicatorFeed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    public List<IndicatorFeed> of(String methodVersion) {
        return jdbc.sql("SELECT indicator_key, area_code, method_version, component FROM safetyindex_feed WHERE method_version = ?")
                .param(methodVersion)
                .query((rs, i) -> new IndicatorFeed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }
}
