package dk.pejling.indicator.file;

import dk.pejling.indicator.Baseline;
import dk.pejling.indicator.MeasurementPeriod;
import dk.pejling.indicator.TargetKind;
import dk.pejling.indicator.TargetSpec;
import dk.pejling.indicator.Direction;
import dk.pejling.indicator.Frequency;
import dk.pejling.indicator.GoalLink;
import dk.pejling.indicator.Indicator;
import dk.pejling.indicator.IndicatorDetails;
import dk.pejling.indicator.IndicatorService;
import dk.pejling.indicator.Unit;
import dk.pejling.register.RegisterChange;
import dk.pejling.register.RegisterImporter;
import dk.pejling.register.RegisterKind;
import dk.pejling.register.RegisterRows;
import dk.pejling.shared.Visibility;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.tabular.CellReader;
import dk.pejling.shared.tabular.ImportProblem;
import dk.pejling.shared.tabular.FileDialect;
import dk.pejling.shared.tabular.MappedTable;
import dk.pejling.shared.tabular.RowError;
import dk.pejling.strategy.Goal;
import dk.pejling.strategy.GoalKeys;
import dk.pejling.strategy.GoalId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Indicators from a register file, created through {@link IndicatorService} (by the coordinators of
 * the strategies whose goals they measure). Goals are named by their key, {@code strategy/code},
 * several separated by {@code |}, each with weight 1. Baselines and targets are one cell each, in the
 * syntax {@link IndicatorCells} reads and writes; measurements have their own import.
 */
@Component
class IndicatorRegisterImporter implements RegisterImporter<IndicatorColumn> {

    private final IndicatorService indicators;
    private final GoalKeys goalKeys;

    IndicatorRegisterImporter(IndicatorService indicators, GoalKeys goalKeys) {
        this.indicators = indicators;
        this.goalKeys = goalKeys;
    }

    @Override
    public RegisterKind kind() {
        return RegisterKind.INDICATORS;
    }

    @Override
    public Class<IndicatorColumn> columns() {
        return IndicatorColumn.class;
    }

    @Override
    public List<RegisterChange> importRows(MappedTable<IndicatorColumn> table, Viewer viewer, List<RowError> errors) {
        CellReader<IndicatorColumn> cells = new CellReader<>(table);
        FileDialect dialect = RegisterRows.dialect(table);
        Map<String, Integer> firstRow = new HashMap<>();
        List<RegisterChange> changes = new ArrayList<>();
        for (MappedTable.Row<IndicatorColumn> row : table.rows()) {
            List<RowError> rowErrors = new ArrayList<>();
            String key = RegisterRows.key(cells, row, IndicatorColumn.KEY, rowErrors);
            String name = cells.required(row, IndicatorColumn.NAME, rowErrors);
            String definition = cells.text(row, IndicatorColumn.DEFINITION, rowErrors);
            Unit unit = cells.choice(row, IndicatorColumn.UNIT, Unit.class, rowErrors);
            Integer decimals = cells.wholeNumber(row, IndicatorColumn.DECIMALS, rowErrors);
            Direction direction = cells.choice(row, IndicatorColumn.DIRECTION, Direction.class, rowErrors);
            Frequency frequency = cells.choice(row, IndicatorColumn.FREQUENCY, Frequency.class, rowErrors);
            String population = cells.text(row, IndicatorColumn.POPULATION, rowErrors);
            String source = cells.text(row, IndicatorColumn.SOURCE, rowErrors);
            String sourceOwner = cells.text(row, IndicatorColumn.SOURCE_OWNER, rowErrors);
            String sourceUrl = cells.text(row, IndicatorColumn.SOURCE_URL, rowErrors);
            Visibility visibility = cells.choice(row, IndicatorColumn.VISIBILITY, Visibility.class, rowErrors);
            List<GoalLink> goals = new ArrayList<>();
            for (String goalKey : cells.list(row, IndicatorColumn.GOALS, rowErrors)) {
                Optional<Goal> goal = goalKeys.find(goalKey, viewer);
                if (goal.isEmpty()) {
                    rowErrors.add(RowError.of(row.row(), cells.column(IndicatorColumn.GOALS), ImportProblem.UNKNOWN_REFERENCE,
                            "goal", goalKey));
                } else {
                    goals.add(new GoalLink(goal.get().id().value(), BigDecimal.ONE));
                }
            }
            List<Baseline> baselines = IndicatorCells.baselines(RegisterRows.items(cells, row, IndicatorColumn.BASELINES, rowErrors),
                    dialect, row.row(), cells.column(IndicatorColumn.BASELINES), rowErrors);
            List<TargetSpec> targets = IndicatorCells.targets(RegisterRows.items(cells, row, IndicatorColumn.TARGETS, rowErrors),
                    dialect, row.row(), cells.column(IndicatorColumn.TARGETS), rowErrors);
            if (key != null) {
                RegisterRows.once(firstRow, key, key, cells, row, IndicatorColumn.KEY, rowErrors);
            }
            if (!rowErrors.isEmpty()) {
                errors.addAll(rowErrors);
                continue;
            }
            Optional<Indicator> existing = indicators.findByKey(key, viewer).filter(i -> key.equals(i.slug()));
            if (existing.isPresent()) {
                RegisterRows.stored(row(existing.get(), dialect, viewer), table, row, cells, IndicatorColumn.KEY, key, name,
                        changes, errors);
                continue;
            }
            Indicator created = RegisterRows.attempt(cells, row.row(), "indicator",
                    IndicatorRegisterImporter::columnOf, () -> indicators.create(new IndicatorDetails(name, definition, unit,
                            decimals, direction, frequency, population, source, sourceOwner, sourceUrl, visibility, goals,
                            baselines, targets), key, viewer), errors);
            if (created != null) {
                changes.add(new RegisterChange(row.row(), key, name, RegisterChange.Action.NEW));
            }
        }
        return changes;
    }

    @Override
    public List<List<Object>> export(String strategyKey, FileDialect dialect, Viewer viewer) {
        return indicators.allVisible(viewer).stream().map(i -> row(i, dialect, viewer))
                .filter(r -> strategyKey == null || r.get(IndicatorColumn.GOALS.ordinal()) instanceof String goals
                        && Arrays.stream(goals.split("\\|")).anyMatch(g -> g.startsWith(strategyKey + "/")))
                .sorted(Comparator.comparing(r -> (String) r.get(0))).toList();
    }

    @Override
    public List<Object> example(FileDialect dialect) {
        return Arrays.asList("andel-trygge-borgere", "Andel borgere, der føler sig trygge",
                "Andel af de adspurgte, der svarer, at de føler sig trygge i deres boligområde.", Unit.PERCENT.code(), 1,
                Direction.HIGHER_IS_BETTER.code(), Frequency.YEAR.code(), "Borgere over 15 år", "Tryghedsundersøgelsen",
                "Aalborg Kommune", "https://www.aalborg.dk/", Visibility.PUBLIC.code(), "tryg-aalborg/1.1",
                IndicatorCells.baselines(List.of(new Baseline(new BigDecimal("62.5"), LocalDate.of(2019, 12, 31),
                        "Aalborg Kommune", null)), dialect),
                IndicatorCells.targets(List.of(
                        new TargetSpec(MeasurementPeriod.of("2024"), null, TargetKind.AT_LEAST, new BigDecimal("68"), null, null,
                                false, false, null),
                        new TargetSpec(MeasurementPeriod.of("2030"), null, TargetKind.RELATIVE_CHANGE, BigDecimal.TEN, null,
                                null, true, false, "10 % flere end i 2019")), dialect));
    }

    private List<Object> row(Indicator i, FileDialect dialect, Viewer viewer) {
        return Arrays.asList(i.slug() != null ? i.slug() : i.id().value().toString(), i.name(), i.definition(),
                i.unit().code(), i.decimals(), i.direction().code(), i.frequency().code(), i.population(), i.sourceName(),
                i.sourceOwner(), i.sourceUrl(), i.visibility().code(),
                RegisterRows.list(i.goals().stream().map(g -> goalKeys.keyOf(new GoalId(g.goalId()), viewer)).sorted().toList()),
                IndicatorCells.baselines(i.baselines(), dialect), IndicatorCells.targets(i.targetSpecs(), dialect));
    }

    private static Optional<IndicatorColumn> columnOf(String field) {
        return Optional.ofNullable(switch (field) {
            case "key" -> IndicatorColumn.KEY;
            case "name" -> IndicatorColumn.NAME;
            case "unit" -> IndicatorColumn.UNIT;
            case "decimals" -> IndicatorColumn.DECIMALS;
            case "direction" -> IndicatorColumn.DIRECTION;
            case "sourceUrl" -> IndicatorColumn.SOURCE_URL;
            case "goals" -> IndicatorColumn.GOALS;
            default -> field.startsWith("baselines") ? IndicatorColumn.BASELINES
                    : field.startsWith("targets") ? IndicatorColumn.TARGETS : null;
        });
    }
}
