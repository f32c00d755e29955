package dk.pejling.indicator.file;

import dk.pejling.indicator.Indicator;
import dk.pejling.indicator.IndicatorId;
import dk.pejling.indicator.IndicatorService;
import dk.pejling.indicator.Measurement;
import dk.pejling.shared.tabular.FileFormat;
import dk.pejling.shared.tabular.FileDialect;
import dk.pejling.shared.tabular.TableFileWriter;
import dk.pejling.shared.tabular.TableFileWriter.Sheet;
import dk.pejling.indicator.store.MeasurementRepository;
import dk.pejling.shared.AuditEvent;
import dk.pejling.shared.Redaction;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.Goal;
import dk.pejling.strategy.GoalNode;
import dk.pejling.strategy.GoalService;
import dk.pejling.strategy.StrategyId;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the current measurements as a file the import reads back unchanged, and writes the empty
 * template. Only indicators the viewer may see are exported: the public ones for the anonymous
 * public. Rows are sorted by indicator key, period and ladder step.
 */
@Service
@Transactional(readOnly = true)
public class MeasurementExport {

    /** Limits the export to the indicators serving a strategy's goals, or to one indicator; null is no limit. */
    public record Filter(StrategyId strategy, IndicatorId indicator) {
        public static Filter none() {
            return new Filter(null, null);
        }
    }

    /** One current value with its indicator's key: the slug, or the id where there is none. */
    public record Row(String key, Indicator indicator, Measurement measurement) {
    }

    private static final List<MeasurementColumn> COLUMNS = List.of(MeasurementColumn.values());
    private static final List<Integer> WIDTHS = List.of(34, 40, 10, 10, 12, 10, 10, 10, 40, 30, 40);
    private static final Comparator<Row> ORDER = Comparator.comparing(Row::key)
            .thenComparing(r -> r.measurement().period())
            .thenComparing(r -> r.measurement().step(), Comparator.nullsFirst(Comparator.naturalOrder()));

    private final IndicatorService indicators;
    private final GoalService goals;
    private final MeasurementRepository measurements;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    MeasurementExport(IndicatorService indicators, GoalService goals, MeasurementRepository measurements,
                      MessageSource messages, ApplicationEventPublisher events) {
        this.events = events;
        this.indicators = indicators;
        this.goals = goals;
        this.measurements = measurements;
        this.messages = messages;
    }

    public List<Row> rows(Filter filter, Viewer viewer) {
        List<Indicator> chosen = filter.indicator() != null ? List.of(indicators.get(filter.indicator(), viewer))
                : indicators.allVisible(viewer);
        if (filter.strategy() != null) {
            List<UUID> goalIds = goals.tree(filter.strategy(), viewer).stream().flatMap(MeasurementExport::flatten)
                    .map(g -> g.id().value()).toList();
            Set<IndicatorId> serving = indicators.forGoals(goalIds, viewer).stream().map(Indicator::id)
                    .collect(Collectors.toSet());
            chosen = chosen.stream().filter(i -> serving.contains(i.id())).toList();
        }
        List<Row> rows = new ArrayList<>();
        for (Indicator indicator : chosen) {
            if (!indicators.visible(indicator, viewer)) {
                continue;
            }
            String key = indicator.slug() != null ? indicator.slug() : indicator.id().value().toString();
            measurements.findCurrentOf(indicator.id().value()).forEach(m -> rows.add(new Row(key, indicator, m)));
        }
        rows.sort(ORDER);
        return rows;
    }

    /** The file of measurements; every export is logged with its filter, format and size (the audit module listens). */
    public byte[] export(FileFormat format, FileDialect dialect, Filter filter, Viewer viewer) {
        List<Row> rows = rows(filter, viewer);
        Map<String, Object> parameters = new java.util.LinkedHashMap<>();
        parameters.put("format", format.name().toLowerCase(java.util.Locale.ROOT));
        parameters.put("strategy", filter.strategy() == null ? null : filter.strategy().value());
        parameters.put("indicator", filter.indicator() == null ? null : filter.indicator().value());
        parameters.put("rows", rows.size());
        parameters.values().removeIf(java.util.Objects::isNull);
        events.publishEvent(AuditEvent.export("measurement",
                filter.indicator() != null ? filter.indicator().value() : filter.strategy() == null ? null : filter.strategy().value(),
                parameters));
        List<List<Object>> cells = rows.stream().map(MeasurementExport::cells).toList();
        if (viewer.isAnonymous()) {
            cells = published(cells);
        }
        return write(format, dialect, new Sheet(text("measurements.sheet.data", dialect), header(dialect), cells, WIDTHS),
                List.of());
    }

    /** The empty file to fill in, with one example; the workbook explains each column on a second sheet. */
    public byte[] template(FileFormat format, FileDialect dialect) {
        List<Object> example = new ArrayList<>(Arrays.asList("uddannelseshjaelp-modtagere", "Modtagere af uddannelseshjælp",
                "2018", null, new BigDecimal("1774"), null, null, null, text("measurements.example.note", dialect),
                text("measurements.example.source", dialect), "https://www.aalborg.dk/"));
        if (format == FileFormat.CSV) {
            example.set(0, "# " + example.get(0));
            return write(format, dialect, new Sheet(text("measurements.sheet.data", dialect), header(dialect),
                    List.of(example), WIDTHS), List.of(text("measurements.template.comment", dialect)));
        }
        List<List<Object>> guide = new ArrayList<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            MeasurementColumn column = COLUMNS.get(i);
            guide.add(Arrays.asList(column.header(dialect),
                    text(column.required() ? "measurements.guide.yes" : "measurements.guide.no", dialect),
                    text("measurements.column." + column.name(), dialect), example.get(i)));
        }
        guide.add(Arrays.asList((Object) null));
        for (int i = 1; i <= 6; i++) {
            guide.add(List.of(text("measurements.guide.rule." + i, dialect)));
        }
        Sheet data = new Sheet(text("measurements.sheet.data", dialect), header(dialect), List.of(), WIDTHS);
        Sheet help = new Sheet(text("measurements.sheet.guide", dialect),
                Stream.of("column", "required", "description", "example").map(k -> text("measurements.guide." + k, dialect)).toList(),
                guide, List.of(18, 14, 90, 34));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFileWriter.xlsx(List.of(data, help), out);
        return out.toByteArray();
    }

    private static byte[] write(FileFormat format, FileDialect dialect, Sheet sheet, List<String> comments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format == FileFormat.CSV) {
            TableFileWriter.csv(dialect, sheet, comments, out);
        } else {
            TableFileWriter.xlsx(List.of(sheet), out);
        }
        return out.toByteArray();
    }

    private static List<String> header(FileDialect dialect) {
        return COLUMNS.stream().map(c -> c.header(dialect)).toList();
    }

    /**
     * Marked names as the public's labels. The response filter rewrites text answers only; a workbook is
     * a zip it cannot read, so the export redacts every text cell itself, with one set of labels per file.
     */
    private static List<List<Object>> published(List<List<Object>> rows) {
        Redaction.Labels labels = new Redaction.Labels();
        return rows.stream().map(row -> row.stream()
                .map(value -> value instanceof String text ? (Object) labels.publish(text) : value)
                .toList()).toList();
    }

    private static List<Object> cells(Row row) {
        Measurement m = row.measurement();
        return Arrays.asList(row.key(), row.indicator().name(), m.period().value(), m.step(), m.value(), m.sampleSize(),
                m.ciLow(), m.ciHigh(), m.note(), m.source(), m.evidenceUrl());
    }

    private String text(String key, FileDialect dialect) {
        return messages.getMessage(key, null, key, dialect.locale());
    }

    private static Stream<Goal> flatten(GoalNode node) {
        return Stream.concat(Stream.of(node.goal()), node.children().stream().flatMap(MeasurementExport::flatten));
    }
}
