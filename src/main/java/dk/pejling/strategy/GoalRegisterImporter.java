package dk.pejling.strategy;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Goal trees from a register file, created through {@link GoalService} (by the strategy's
 * coordinators). A goal is known by its strategy's key and its code; its parent by the parent's code
 * in the same strategy, stored already or anywhere in the file, so the rows may come in any order:
 * parents are created first.
 */
@Component
class GoalRegisterImporter implements RegisterImporter<GoalColumn> {

    private final GoalService goals;
    private final StrategyRegisterImporter strategies;
    private final StrategyService strategyService;

    GoalRegisterImporter(GoalService goals, StrategyRegisterImporter strategies, StrategyService strategyService) {
        this.goals = goals;
        this.strategies = strategies;
        this.strategyService = strategyService;
    }

    @Override
    public RegisterKind kind() {
        return RegisterKind.GOALS;
    }

    @Override
    public Class<GoalColumn> columns() {
        return GoalColumn.class;
    }

    /** A row read, waiting for its parent. */
    private record Pending(MappedTable.Row<GoalColumn> row, Strategy strategy, String code, String parent, GoalKind kind,
                           String title, String description, Integer order, Visibility visibility) {
        String id() {
            return strategy.id().value() + "/" + code;
        }

        String parentId() {
            return parent == null ? null : strategy.id().value() + "/" + parent;
        }
    }

    @Override
    public List<RegisterChange> importRows(MappedTable<GoalColumn> table, Viewer viewer, List<RowError> errors) {
        CellReader<GoalColumn> cells = new CellReader<>(table);
        Map<String, Goal> known = new HashMap<>(); // strategy id/code → stored or created goal
        RegisterRows.Owners<Strategy> owners = new RegisterRows.Owners<>(k -> strategies.visible(k, viewer),
                strategy -> goals.tree(strategy.id(), viewer).stream().flatMap(GoalNode::flatten)
                        .filter(g -> g.code() != null).forEach(g -> known.put(g.strategyId().value() + "/" + g.code(), g)));
        Map<String, Integer> firstRow = new HashMap<>();
        List<Pending> pending = new ArrayList<>();
        List<RegisterChange> changes = new ArrayList<>();
        for (MappedTable.Row<GoalColumn> row : table.rows()) {
            List<RowError> rowErrors = new ArrayList<>();
            String strategyKey = cells.required(row, GoalColumn.STRATEGY, rowErrors);
            String code = cells.required(row, GoalColumn.KEY, rowErrors);
            String parent = cells.text(row, GoalColumn.PARENT, rowErrors);
            GoalKind kind = cells.choice(row, GoalColumn.KIND, GoalKind.class, rowErrors);
            String title = cells.required(row, GoalColumn.TITLE, rowErrors);
            String description = cells.text(row, GoalColumn.DESCRIPTION, rowErrors);
            Integer order = cells.wholeNumber(row, GoalColumn.ORDER, rowErrors);
            Visibility visibility = cells.choice(row, GoalColumn.VISIBILITY, Visibility.class, rowErrors);
            Strategy strategy = owners.get(strategyKey, "strategy", cells, row, GoalColumn.STRATEGY, rowErrors);
            if (strategy != null && code != null) {
                RegisterRows.once(firstRow, strategyKey + "/" + code, code, cells, row, GoalColumn.KEY, rowErrors);
            }
            if (!rowErrors.isEmpty()) {
                errors.addAll(rowErrors);
                continue;
            }
            Pending p = new Pending(row, strategy, code, parent, kind, title, description, order, visibility);
            Goal stored = known.get(p.id());
            if (stored != null) {
                RegisterRows.stored(row(strategy.slug(), stored, parentCode(stored, known)), table, row, cells, GoalColumn.KEY, code, title,
                        changes, errors);
                continue;
            }
            pending.add(p);
        }
        List<Pending> orphans = RegisterRows.parentsFirst(pending, Pending::id, Pending::parentId, known, (p, parent) -> {
            Goal created = RegisterRows.attempt(cells, p.row().row(), "goal", GoalRegisterImporter::columnOf,
                    () -> goals.create(p.strategy().id(), new GoalDetails(parent == null ? null : parent.id(), p.code(),
                            p.kind(), p.title(), p.description(), p.order(), p.visibility()), viewer), errors);
            if (created != null) {
                changes.add(new RegisterChange(p.row().row(), p.code(), p.title(), RegisterChange.Action.NEW));
            }
            return created;
        });
        for (Pending p : orphans) {
            errors.add(RowError.of(p.row().row(), cells.column(GoalColumn.PARENT), ImportProblem.UNKNOWN_REFERENCE, "goal", p.parent()));
        }
        changes.sort(Comparator.comparingInt(RegisterChange::row));
        return changes;
    }

    @Override
    public List<List<Object>> export(String strategyKey, FileDialect dialect, Viewer viewer) {
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> strategyRow : strategies.export(strategyKey, dialect, viewer)) {
            Strategy strategy = strategyService.findBySlug((String) strategyRow.get(0), viewer).orElse(null);
            if (strategy == null) {
                continue; // a strategy without a key: its goals cannot be named in a file
            }
            Map<String, Goal> byId = new LinkedHashMap<>();
            List<Goal> ordered = goals.tree(strategy.id(), viewer).stream().flatMap(GoalNode::flatten).toList();
            ordered.forEach(g -> byId.put(g.id().value().toString(), g));
            for (Goal g : ordered) {
                Goal parent = g.parentId() == null ? null : byId.get(g.parentId().value().toString());
                rows.add(row(strategy.slug(), g, parent == null ? null : key(parent)));
            }
        }
        return rows;
    }

    @Override
    public List<Object> example(FileDialect dialect) {
        return Arrays.asList("tryg-aalborg", "1.1", "1", GoalKind.SUB_GOAL.code(), "Flere borgere føler sig trygge",
                "Andelen af borgere, der føler sig trygge i deres boligområde, skal stige.", 1, Visibility.PUBLIC.code());
    }

    private static List<Object> row(String strategyKey, Goal g, String parentCode) {
        return Arrays.asList(strategyKey, key(g), parentCode, g.kind().code(), g.title(), g.description(), g.order(),
                g.visibility().code());
    }

    private static String key(Goal g) {
        return g.code() != null ? g.code() : g.id().value().toString();
    }

    private static String parentCode(Goal g, Map<String, Goal> known) {
        if (g.parentId() == null) {
            return null;
        }
        return known.values().stream().filter(k -> k.id().equals(g.parentId())).findFirst().map(GoalRegisterImporter::key)
                .orElse(g.parentId().value().toString());
    }

    private static Optional<GoalColumn> columnOf(String field) {
        return Optional.ofNullable(switch (field) {
            case "parentId" -> GoalColumn.PARENT;
            case "code" -> GoalColumn.KEY;
            case "kind" -> GoalColumn.KIND;
            case "title" -> GoalColumn.TITLE;
            case "description" -> GoalColumn.DESCRIPTION;
            case "order" -> GoalColumn.ORDER;
            case "visibility" -> GoalColumn.VISIBILITY;
            default -> null;
        });
    }
}
