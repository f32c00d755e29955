package dk.pejling.strategy.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The text extracted from each uploaded document, or the reason there is none (table strategy_document_text). */
@Repository
public class DocumentTexts {

    private final JdbcClient jdbc;

    DocumentTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Stored(UUID linkId, String status, String content, String note) {
        public boolean ok() {
            return "OK".equals(status);
        }
    }

    public void put(UUID linkId, UUID strategyId, boolean ok, String content, String note, String parser, Instant at) {
        jdbc.sql("DELETE FROM strategy_document_text WHERE link_id = :link").param("link", linkId).update();
        jdbc.sql("""
                INSERT INTO strategy_document_text (link_id, strategy_id, status, content, note, chars, parser, extracted_at)
                VALUES (:link, :strategy, :status, :content, :note, :chars, :parser, :at)""")
                .param("link", linkId).param("strategy", strategyId).param("status", ok ? "OK" : "FAILED")
                .param("content", content).param("note", note == null ? null : truncate(note))
                .param("chars", content == null ? 0 : content.length()).param("parser", parser == null ? null : truncate(parser))
                .param("at", java.sql.Timestamp.from(at)).update();
    }

    public Map<UUID, Stored> ofStrategy(UUID strategyId) {
        List<Stored> rows = jdbc.sql("SELECT link_id, status, content, note FROM strategy_document_text WHERE strategy_id = :s")
                .param("s", strategyId)
                .query((rs, n) -> new Stored(rs.getObject("link_id", UUID.class), rs.getString("status"),
                        rs.getString("content"), rs.getString("note")))
                .list();
        return rows.stream().collect(Collectors.toMap(Stored::linkId, r -> r));
    }

    private static String truncate(String s) {
        return s.length() > 200 ? s.substring(0, 200) : s;
    }
}
