package dk.pejling.search.scale;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * PostgreSQL full-text search as the issue names it: {@code to_tsvector('danish', text)} with a GIN index, the
 * query's words OR-ed, ranked by {@code ts_rank_cd}, the top ten. One connection per client (a small pool).
 */
final class PostgresFts implements BenchSystem {

    static final String SEARCH = """
            WITH q AS (SELECT NULLIF(replace(plainto_tsquery('danish', ?)::text, '&', '|'), '') AS text)
            SELECT id FROM %s.passage, q
             WHERE q.text IS NOT NULL AND to_tsvector('danish', passage.text) @@ to_tsquery('danish', q.text)
             ORDER BY ts_rank_cd(to_tsvector('danish', passage.text), to_tsquery('danish', q.text)) DESC, id
             LIMIT 10""";

    private final String url;
    private final String user;
    private final String password;
    private final String schema;
    private final BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(64);
    private long insertMillis;
    private long ginMillis;

    PostgresFts(String url, String user, String password, String schema) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
    }

    static boolean reachable(String url, String user, String password) {
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return true;
        } catch (SQLException e) {
            System.out.println("PostgreSQL not reachable (" + e.getMessage() + "): its rows are left out");
            return false;
        }
    }

    @Override
    public String name() {
        return "PostgreSQL FTS danish";
    }

    @Override
    public void index(Iterable<Passage> passages) throws SQLException {
        try (Connection db = connect(); Statement s = db.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
            s.execute("CREATE TABLE " + schema + ".passage (id VARCHAR(20) PRIMARY KEY, text TEXT NOT NULL)");
            long started = System.nanoTime();
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + schema + ".passage VALUES (?, ?)")) {
                int batch = 0;
                for (Passage p : passages) {
                    insert.setString(1, p.id());
                    insert.setString(2, p.text());
                    insert.addBatch();
                    if (++batch % 2000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            db.commit();
            db.setAutoCommit(true);
            insertMillis = (System.nanoTime() - started) / 1_000_000;
            started = System.nanoTime();
            s.execute("CREATE INDEX passage_fts ON " + schema + ".passage USING GIN (to_tsvector('danish', text))");
            s.execute("VACUUM ANALYZE " + schema + ".passage");
            ginMillis = (System.nanoTime() - started) / 1_000_000;
        }
    }

    @Override
    public List<String> search(String query) throws SQLException, InterruptedException {
        Connection db = pool.poll();
        if (db == null) {
            db = connect();
        }
        try (PreparedStatement search = db.prepareStatement(SEARCH.formatted(schema))) {
            search.setString(1, query);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = search.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        } finally {
            if (!pool.offer(db)) {
                db.close();
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public long sizeBytes() throws SQLException {
        try (Connection db = connect(); Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_total_relation_size('" + schema + ".passage')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public String notes() {
        return "inserts %d ms + GIN index and analyse %d ms".formatted(insertMillis, ginMillis);
    }

    @Override
    public void close() throws java.io.IOException {
        try (Connection db = connect(); Statement s = db.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            System.out.println("could not drop " + schema + ": " + e.getMessage());
        }
        for (Connection db : pool) {
            try {
                db.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }
}
