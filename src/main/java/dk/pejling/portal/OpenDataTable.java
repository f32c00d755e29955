package dk.pejling.portal;

import dk.pejling.portal.PublicViews.GoalItem;
import dk.pejling.portal.PublicViews.IndicatorItem;
import dk.pejling.portal.PublicViews.InitiativeItem;
import dk.pejling.portal.PublicViews.StrategyPage;
import dk.pejling.portal.PublicViews.Value;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A public strategy's open data as one long table: a row per published value ({@code maaling}), per
 * goal verdict ({@code vurdering}) and per initiative's approved status ({@code indsatsstatus}). Two
 * dialects: RFC 4180 with '.' decimals, and "Excel (dansk)" with ';', decimal commas and a byte order
 * mark, which Danish Excel opens by double-click without the import wizard.
 */
public final class OpenDataTable {

    public static final List<String> HEADER = List.of("type", "strategi", "maal_id", "maal_kode", "maal", "indikator_id",
            "indikator", "enhed", "periode", "vaerdi", "interval_lav", "interval_hoej", "n", "kilde", "vurdering",
            "forklaring", "indsats", "status", "statusrunde", "status_pr");

    /** The dialects of the CSV files. */
    public enum Dialect { STANDARD, EXCEL_DANISH }

    private OpenDataTable() {
    }

    public static List<List<String>> rows(StrategyPage s, List<IndicatorItem> indicators) {
        List<List<String>> rows = new ArrayList<>();
        List<GoalItem> goals = new ArrayList<>();
        s.goals().forEach(g -> collect(g, goals));
        for (GoalItem g : goals) {
            rows.add(row("vurdering", s, g, null, null, g.verdict() == null ? null : g.verdict().name(), g.explanation(), null));
        }
        for (IndicatorItem i : indicators) {
            GoalItem goal = goals.stream().filter(g -> i.goals().stream().anyMatch(r -> r.id().equals(g.id()))).findFirst().orElse(null);
            for (Value v : i.values()) {
                rows.add(row("maaling", s, goal, i, v, null, null, null));
            }
        }
        for (InitiativeItem n : s.initiatives()) {
            rows.add(row("indsatsstatus", s, null, null, null, null, null, n));
        }
        return rows;
    }

    private static void collect(GoalItem g, List<GoalItem> into) {
        into.add(g);
        g.children().forEach(c -> collect(c, into));
    }

    private static List<String> row(String type, StrategyPage s, GoalItem g, IndicatorItem i, Value v, String verdict,
                                    String explanation, InitiativeItem n) {
        List<String> r = new ArrayList<>(HEADER.size());
        r.add(type);
        r.add(s.title());
        r.add(g == null ? null : g.id().toString());
        r.add(g == null ? null : g.code());
        r.add(g == null ? null : g.title());
        r.add(i == null ? null : i.id().toString());
        r.add(i == null ? null : i.name());
        r.add(i == null ? null : i.unit());
        r.add(v == null ? null : v.period());
        r.add(number(v == null ? null : v.value()));
        r.add(number(v == null ? null : v.ciLow()));
        r.add(number(v == null ? null : v.ciHigh()));
        r.add(v == null || v.sampleSize() == null ? null : v.sampleSize().toString());
        r.add(v == null ? null : v.source());
        r.add(verdict);
        r.add(explanation);
        r.add(n == null ? null : (n.number() == null ? "" : n.number() + ". ") + n.title());
        r.add(n == null || n.status() == null ? null : n.status().label());
        r.add(n == null || n.status() == null ? null : n.status().round());
        r.add(n == null || n.status() == null || n.status().asOf() == null ? null : n.status().asOf().toString());
        return r;
    }

    private static String number(BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros().toPlainString();
    }

    /** The rows as CSV text in the dialect; numbers are written with '.' and turned to ',' for Excel. */
    public static String csv(List<String> header, List<List<String>> rows, Dialect dialect, java.util.Set<Integer> numberColumns) {
        CSVFormat format = dialect == Dialect.EXCEL_DANISH
                ? CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").get()
                : CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
        StringWriter out = new StringWriter();
        if (dialect == Dialect.EXCEL_DANISH) {
            out.write('\uFEFF');
        }
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                List<String> cells = new ArrayList<>(row);
                if (dialect == Dialect.EXCEL_DANISH) {
                    for (int c : numberColumns) {
                        if (c < cells.size() && cells.get(c) != null) {
                            cells.set(c, cells.get(c).replace('.', ','));
                        }
                    }
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The columns of {@link #HEADER} that hold numbers. */
    public static java.util.Set<Integer> numberColumns() {
        return java.util.Set.of(HEADER.indexOf("vaerdi"), HEADER.indexOf("interval_lav"), HEADER.indexOf("interval_hoej"));
    }
}
