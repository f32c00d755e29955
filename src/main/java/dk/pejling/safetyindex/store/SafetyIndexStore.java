package dk.pejling.safetyindex.store;

import dk.pejling.safetyindex.Area;
import dk.pejling.safetyindex.IndexInputs.CrimeCount;
import dk.pejling.safetyindex.IndexInputs.Population;
import dk.pejling.safetyindex.IndexInputs.ShareAggregate;
import dk.pejling.safetyindex.MethodCodec;
import dk.pejling.safetyindex.MethodVersion;
import dk.pejling.safetyindex.Period;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The areas, method versions and aggregate inputs of the safety index (its own tables only). */
@Repository
public class SafetyIndexStore {

    private final JdbcClient jdbc;

    SafetyIndexStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Area> areas() {
        return jdbc.sql("SELECT code, name, kind, parent_code FROM safetyindex_area ORDER BY code")
                .query((rs, i) -> new Area(rs.getString(1), rs.getString(2), Area.Kind.valueOf(rs.getString(3)),
                        rs.getString(4))).list();
    }

    /** Inserts the areas, parents first (the caller orders them), or updates name, kind and parent. */
    public void saveArea(Area area) {
        int updated = jdbc.sql("UPDATE safetyindex_area SET name = ?, kind = ?, parent_code = ? WHERE code = ?")
                .params(area.name(), area.kind().name(), area.parent(), area.code()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO safetyindex_area (code, name, kind, parent_code) VALUES (?, ?, ?, ?)")
                    .params(area.code(), area.name(), area.kind().name(), area.parent()).update();
        }
    }

    public List<MethodVersion> methods() {
        return jdbc.sql("SELECT id, version, title, document, sha256, public_index, created_at FROM safetyindex_method")
                .query((rs, i) -> new MethodVersion(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), MethodCodec.parse(rs.getString(4)), rs.getString(5).strip(), rs.getBoolean(6),
                        rs.getTimestamp(7).toInstant())).list()
                .stream().sorted((a, b) -> compareVersions(b.version(), a.version())).toList();
    }

    public Optional<MethodVersion> method(String version) {
        return methods().stream().filter(m -> m.version().equals(version)).findFirst();
    }

    public Optional<MethodVersion> method(UUID id) {
        return methods().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public void insertMethod(MethodVersion m, UUID createdBy) {
        jdbc.sql("INSERT INTO safetyindex_method (id, version, title, document, canonical, sha256, public_index, created_at, "
                        + "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(m.id(), m.version(), m.title(), m.document(), MethodCodec.canonical(m.method()), m.sha256(),
                        m.publicIndex(), Timestamp.from(m.createdAt()), createdBy).update();
    }

    public boolean methodInUse(UUID methodId) {
        return jdbc.sql("SELECT COUNT(*) FROM safetyindex_value WHERE method_id = ?").param(methodId)
                .query(Long.class).single() > 0;
    }

    public void replaceMethodDocument(MethodVersion m) {
        jdbc.sql("UPDATE safetyindex_method SET title = ?, document = ?, canonical = ?, sha256 = ?, public_index = ? WHERE id = ?")
                .params(m.title(), m.document(), MethodCodec.canonical(m.method()), m.sha256(), m.publicIndex(), m.id())
                .update();
    }

    public record Sourced<T>(T row, boolean synthetic) {
    }

    public List<Sourced<ShareAggregate>> shares(Period period) {
        return jdbc.sql("SELECT area_code, period, indicator, share, n, effective_n, source, synthetic FROM safetyindex_share "
                        + "WHERE period = ? ORDER BY area_code, indicator").param(period.toString())
                .query((rs, i) -> new Sourced<>(new ShareAggregate(rs.getString(1), Period.of(rs.getString(2)), rs.getString(3),
                        rs.getDouble(4), rs.getLong(5), rs.getDouble(6), rs.getString(7)), rs.getBoolean(8))).list();
    }

    public List<Sourced<CrimeCount>> crimes(List<Period> quarters) {
        return jdbc.sql("SELECT area_code, quarter, offence_group, reports, synthetic FROM safetyindex_crime "
                        + "WHERE quarter IN (:quarters) ORDER BY area_code, quarter, offence_group")
                .param("quarters", quarters.stream().map(Period::toString).toList())
                .query((rs, i) -> new Sourced<>(new CrimeCount(rs.getString(1), Period.of(rs.getString(2)), rs.getString(3),
                        rs.getLong(4)), rs.getBoolean(5))).list();
    }

    public List<Sourced<Population>> population() {
        return jdbc.sql("SELECT area_code, period, residents, synthetic FROM safetyindex_population ORDER BY area_code, period")
                .query((rs, i) -> new Sourced<>(new Population(rs.getString(1), Period.of(rs.getString(2)), rs.getLong(3)),
                        rs.getBoolean(4))).list();
    }

    public void saveShare(ShareAggregate s, boolean synthetic) {
        jdbc.sql("DELETE FROM safetyindex_share WHERE area_code = ? AND period = ? AND indicator = ?")
                .params(s.area(), s.period().toString(), s.indicator()).update();
        jdbc.sql("INSERT INTO safetyindex_share (area_code, period, indicator, share, n, effective_n, source, synthetic) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(s.area(), s.period().toString(), s.indicator(), s.share(), s.n(), s.effectiveN(), s.source(), synthetic)
                .update();
    }

    public void saveCrime(CrimeCount c, String source, boolean synthetic) {
        jdbc.sql("DELETE FROM safetyindex_crime WHERE area_code = ? AND quarter = ? AND offence_group = ?")
                .params(c.area(), c.quarter().toString(), c.offenceGroup()).update();
        jdbc.sql("INSERT INTO safetyindex_crime (area_code, quarter, offence_group, reports, source, synthetic) VALUES (?, ?, ?, ?, ?, ?)")
                .params(c.area(), c.quarter().toString(), c.offenceGroup(), c.count(), source, synthetic).update();
    }

    public void savePopulation(Population p, String source, boolean synthetic) {
        jdbc.sql("DELETE FROM safetyindex_population WHERE area_code = ? AND period = ?")
                .params(p.area(), p.period().toString()).update();
        jdbc.sql("INSERT INTO safetyindex_population (area_code, period, residents, source, synthetic) VALUES (?, ?, ?, ?, ?)")
                .params(p.area(), p.period().toString(), p.residents(), source, synthetic).update();
    }

    /** 1.10.0 after 1.9.0. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    static Instant now() {
        return Instant.now();
    }
}
