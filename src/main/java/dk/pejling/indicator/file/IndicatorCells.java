package dk.pejling.indicator.file;

import dk.pejling.indicator.Baseline;
import dk.pejling.indicator.MeasurementPeriod;
import dk.pejling.indicator.TargetKind;
import dk.pejling.indicator.TargetSpec;
import dk.pejling.register.RegisterProblem;
import dk.pejling.register.RegisterRows;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.tabular.CellItems;
import dk.pejling.shared.tabular.FileDialect;
import dk.pejling.shared.tabular.ImportProblem;
import dk.pejling.shared.tabular.RowError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An indicator's baselines and targets in one cell each of a register file, in the one-cell syntax of
 * {@link CellItems} (items separated by {@code |}; numbers with the file's decimal mark):
 * <ul>
 * <li>a baseline: its value, and if need be {@code dato:2019-12-31}, {@code population:"Afd. 12"},
 *     {@code note:"…"}; a starting point without a number is a note alone. English labels:
 *     {@code date}, {@code population}, {@code note}.</li>
 * <li>a target: the period, the kind's code and the value ({@code 2025 at-least 68}), and if need be
 *     {@code til:90} (a range's upper bound), {@code mod:2017} or {@code mod:udgangspunkt} (what a change
 *     is measured against), {@code streng} ("under" rather than "at most"), {@code trin:"1 år"} (a
 *     ladder's step), {@code tekst:"…"} (the goal's own words). English: {@code to}, {@code against},
 *     {@code baseline}, {@code strict}, {@code step}, {@code text}.</li>
 * </ul>
 * The export writes the labels of its language, so the cell reads back unchanged.
 */
final class IndicatorCells {

    private static final Set<String> BASELINE_LABELS = Set.of("dato", "date", "population", "note");
    private static final Set<String> TARGET_LABELS = Set.of("til", "to", "mod", "against", "trin", "step", "tekst", "text");
    private static final Set<String> STRICT = Set.of("streng", "strict");
    private static final Set<String> BASELINE = Set.of("udgangspunkt", "baseline");

    private IndicatorCells() {
    }

    static String baselines(List<Baseline> baselines, FileDialect dialect) {
        boolean da = dialect == FileDialect.DANISH;
        List<List<Object>> items = new ArrayList<>();
        for (Baseline b : baselines) {
            List<Object> words = new ArrayList<>();
            if (b.value() != null) {
                words.add(dialect.decimals().format(b.value()));
            }
            words.add(CellItems.labelled(da ? "dato" : "date", b.asOf() == null ? null : b.asOf().toString()));
            words.add(CellItems.labelled("population", b.population()));
            words.add(CellItems.labelled("note", b.note()));
            items.add(words);
        }
        return CellItems.write(items);
    }

    static String targets(List<TargetSpec> targets, FileDialect dialect) {
        boolean da = dialect == FileDialect.DANISH;
        List<List<Object>> items = new ArrayList<>();
        for (TargetSpec t : targets) {
            List<Object> words = new ArrayList<>();
            words.add(t.period().value());
            words.add(t.kind().code());
            if (t.value() != null) {
                words.add(dialect.decimals().format(t.value()));
            }
            if (t.strict()) {
                words.add(da ? "streng" : "strict");
            }
            words.add(CellItems.labelled(da ? "til" : "to", t.upper() == null ? null : dialect.decimals().format(t.upper())));
            String against = t.againstBaseline() ? (da ? "udgangspunkt" : "baseline")
                    : t.referencePeriod() == null ? null : t.referencePeriod().value();
            words.add(CellItems.labelled(da ? "mod" : "against", against));
            words.add(CellItems.labelled(da ? "trin" : "step", t.step()));
            words.add(CellItems.labelled(da ? "tekst" : "text", t.text()));
            items.add(words);
        }
        return CellItems.write(items);
    }

    /** The baselines of a cell; each item that cannot be read is a row error on {@code column}. */
    static List<Baseline> baselines(List<CellItems.Item> items, FileDialect dialect, int row, String column, List<RowError> errors) {
        List<Baseline> baselines = new ArrayList<>();
        for (CellItems.Item item : items) {
            int before = errors.size();
            RegisterRows.unknownLabels(item, BASELINE_LABELS, row, column, errors);
            if (item.words().size() > 1 || (item.words().isEmpty() && item.get("note") == null)) {
                errors.add(RowError.of(row, column, RegisterProblem.BASELINE_FORMAT, item.text()));
                continue;
            }
            BigDecimal value = item.words().isEmpty() ? null : RegisterRows.number(item.words().get(0), dialect, row, column, errors);
            LocalDate asOf = date(item.get("dato", "date"), row, column, errors);
            if (errors.size() == before) {
                baselines.add(new Baseline(value, asOf, item.get("population"), item.get("note")));
            }
        }
        return baselines;
    }

    /** The targets of a cell; each item that cannot be read is a row error on {@code column}. */
    static List<TargetSpec> targets(List<CellItems.Item> items, FileDialect dialect, int row, String column, List<RowError> errors) {
        String kinds = Arrays.stream(TargetKind.values()).map(TargetKind::code).collect(Collectors.joining(", "));
        List<TargetSpec> targets = new ArrayList<>();
        for (CellItems.Item item : items) {
            int before = errors.size();
            RegisterRows.unknownLabels(item, TARGET_LABELS, row, column, errors);
            List<String> words = item.words();
            TargetKind kind = words.size() < 2 ? null : kind(words.get(1));
            if (kind == null) {
                errors.add(RowError.of(row, column, RegisterProblem.TARGET_FORMAT, item.text(), kinds));
                continue;
            }
            MeasurementPeriod period = period(words.get(0), row, column, errors);
            BigDecimal value = null;
            boolean strict = false;
            for (String word : words.subList(2, words.size())) {
                if (STRICT.contains(word.toLowerCase(Locale.ROOT))) {
                    strict = true;
                } else if (value == null) {
                    value = RegisterRows.number(word, dialect, row, column, errors);
                } else {
                    errors.add(RowError.of(row, column, RegisterProblem.TARGET_FORMAT, item.text(), kinds));
                }
            }
            String upperText = item.get("til", "to");
            BigDecimal upper = upperText == null ? null : RegisterRows.number(upperText, dialect, row, column, errors);
            String against = item.get("mod", "against");
            boolean againstBaseline = against != null && BASELINE.contains(against.toLowerCase(Locale.ROOT));
            MeasurementPeriod reference = against == null || againstBaseline ? null : period(against, row, column, errors);
            if (errors.size() != before) {
                continue;
            }
            try {
                targets.add(new TargetSpec(period, item.get("trin", "step"), kind, value, upper, reference, againstBaseline,
                        strict, item.get("tekst", "text")));
            } catch (InvalidInputException e) {
                // a value or a reference the kind needs is missing: the syntax's message says what to write
                errors.add(RowError.of(row, column, RegisterProblem.TARGET_FORMAT, item.text(), kinds));
            }
        }
        return targets;
    }

    private static TargetKind kind(String word) {
        return Arrays.stream(TargetKind.values())
                .filter(k -> k.code().equalsIgnoreCase(word) || k.name().equalsIgnoreCase(word.replace('-', '_')))
                .findFirst().orElse(null);
    }

    private static LocalDate date(String text, int row, String column, List<RowError> errors) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(RowError.of(row, column, ImportProblem.NOT_A_DATE, text));
            return null;
        }
    }

    private static MeasurementPeriod period(String text, int row, String column, List<RowError> errors) {
        try {
            return MeasurementPeriod.of(text);
        } catch (InvalidInputException e) {
            errors.add(RowError.of(row, column, MeasurementProblem.NOT_A_PERIOD, text));
            return null;
        }
    }
}
