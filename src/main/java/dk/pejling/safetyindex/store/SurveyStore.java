package dk.pejling.safetyindex.store;

import dk.pejling.safetyindex.IndexInputs;
import dk.pejling.safetyindex.IndexInputs.Respondent;
import dk.pejling.safetyindex.Period;
import dk.pejling.safetyindex.SurveyWave;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Survey waves and their respondents. Answers are only ever read here to be aggregated by the
 * calculator; no query of this class answers a respondent to a caller.
 */
@Repository
public class SurveyStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    SurveyStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public void insertWave(SurveyWave w) {
        jdbc.sql("INSERT INTO safetyindex_wave (id, name, provider, period, fieldwork_from, fieldwork_to, invited, answered, "
                        + "method_note, items, synthetic, source, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(w.id(), w.name(), w.provider(), w.period().toString(),
                        w.fieldworkFrom() == null ? null : Date.valueOf(w.fieldworkFrom()),
                        w.fieldworkTo() == null ? null : Date.valueOf(w.fieldworkTo()), w.invited(), w.answered(),
                        w.methodNote(), String.join(",", w.items()), w.synthetic(), w.source(), Timestamp.from(w.createdAt()))
                .update();
    }

    public void insertRespondents(UUID waveId, List<Respondent> respondents) {
        batch.batchUpdate("INSERT INTO safetyindex_respondent (wave_id, area_code, weight, answers) VALUES (?, ?, ?, ?)",
                respondents, 1000, (ps, r) -> {
                    ps.setObject(1, waveId);
                    ps.setString(2, r.area());
                    ps.setDouble(3, r.weight());
                    ps.setString(4, answers(r.answers()));
                });
    }

    public List<SurveyWave> waves() {
        return jdbc.sql("SELECT id, name, provider, period, fieldwork_from, fieldwork_to, invited, answered, method_note, items, "
                        + "synthetic, source, created_at FROM safetyindex_wave ORDER BY period, name")
                .query((rs, i) -> new SurveyWave(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        Period.of(rs.getString(4)), rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(),
                        rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(), (Integer) rs.getObject(7, Integer.class),
                        (Integer) rs.getObject(8, Integer.class), rs.getString(9), List.of(rs.getString(10).split(",")),
                        rs.getBoolean(11), rs.getString(12), rs.getTimestamp(13).toInstant())).list();
    }

    /** What the respondents of a period contribute: every wave's answers on the union of their items. */
    public record PeriodAnswers(List<String> items, List<Respondent> respondents, Set<String> syntheticAreas) {
    }

    public PeriodAnswers answers(Period period) {
        List<SurveyWave> waves = waves().stream().filter(w -> w.period().equals(period)).toList();
        List<String> items = new ArrayList<>();
        waves.forEach(w -> w.items().stream().filter(i -> !items.contains(i)).forEach(items::add));
        List<Respondent> respondents = new ArrayList<>();
        Set<String> synthetic = new HashSet<>();
        for (SurveyWave w : waves) {
            int[] column = w.items().stream().mapToInt(items::indexOf).toArray();
            jdbc.sql("SELECT area_code, weight, answers FROM safetyindex_respondent WHERE wave_id = ? ORDER BY id")
                    .param(w.id()).query(rs -> {
                        int[] answers = new int[items.size()];
                        Arrays.fill(answers, IndexInputs.MISSING);
                        String[] cells = rs.getString(3).split(",", -1);
                        for (int c = 0; c < column.length && c < cells.length; c++) {
                            if (!cells[c].isEmpty()) {
                                answers[column[c]] = Integer.parseInt(cells[c]);
                            }
                        }
                        respondents.add(new Respondent(rs.getString(1), period, rs.getDouble(2), answers));
                        if (w.synthetic()) {
                            synthetic.add(rs.getString(1));
                        }
                    });
        }
        return new PeriodAnswers(items, respondents, synthetic);
    }

    /** Respondents per wave and area: counts only, for the pages. */
    public Map<UUID, Map<String, Long>> counts() {
        Map<UUID, Map<String, Long>> out = new HashMap<>();
        jdbc.sql("SELECT wave_id, area_code, COUNT(*) FROM safetyindex_respondent GROUP BY wave_id, area_code")
                .query(rs -> {
                    out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
                });
        return out;
    }

    static String answers(int[] answers) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < answers.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            if (answers[i] != IndexInputs.MISSING) {
                b.append(answers[i]);
            }
        }
        return b.toString();
    }
}
