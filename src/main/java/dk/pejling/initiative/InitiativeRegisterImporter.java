package dk.pejling.initiative;

import dk.pejling.organisation.Organisation;
import dk.pejling.organisation.OrganisationId;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.register.RegisterChange;
import dk.pejling.register.RegisterImporter;
import dk.pejling.register.RegisterKind;
import dk.pejling.register.RegisterProblem;
import dk.pejling.register.RegisterRows;
import dk.pejling.shared.Period;
import dk.pejling.shared.Visibility;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.tabular.CellItems;
import dk.pejling.shared.tabular.CellReader;
import dk.pejling.shared.tabular.FileDialect;
import dk.pejling.shared.tabular.ImportProblem;
import dk.pejling.shared.tabular.MappedTable;
import dk.pejling.shared.tabular.RowError;
import dk.pejling.strategy.Goal;
import dk.pejling.strategy.GoalKeys;
import dk.pejling.strategy.GoalId;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Initiatives from a register file, created through {@link InitiativeService} (by the strategy's
 * coordinators, or an editor of the responsible organisation). An initiative is known by its
 * strategy's key and its number; its parent by the parent's number, stored or anywhere in the file;
 * its goals by their codes in the same strategy, separated by {@code |}. Partners are organisations by
 * key (or name) with their role and hours in the one-cell syntax of {@link CellItems}:
 * {@code nordjyllands-politi rolle:"Tryghedsvandringer" timer:1064|aalborg-kommune} (English labels
 * {@code role}, {@code hours}). Staffing and target groups are entered on the initiative's page.
 */
@Component
class InitiativeRegisterImporter implements RegisterImporter<InitiativeColumn> {

    private static final Set<String> PARTNER_LABELS = Set.of("rolle", "role", "timer", "hours");

    private final InitiativeService initiatives;
    private final StrategyService strategies;
    private final GoalKeys goalKeys;
    private final OrganisationService organisations;

    InitiativeRegisterImporter(InitiativeService initiatives, StrategyService strategies, GoalKeys goalKeys,
                               OrganisationService organisations) {
        this.initiatives = initiatives;
        this.strategies = strategies;
        this.goalKeys = goalKeys;
        this.organisations = organisations;
    }

    @Override
    public RegisterKind kind() {
        return RegisterKind.INITIATIVES;
    }

    @Override
    public Class<InitiativeColumn> columns() {
        return InitiativeColumn.class;
    }

    private record Pending(MappedTable.Row<InitiativeColumn> row, Strategy strategy, String number, String parent,
                           InitiativeDetails details) {
        String id() {
            return strategy.id().value() + "/" + number;
        }

        String parentId() {
            return parent == null ? null : strategy.id().value() + "/" + parent;
        }
    }

    @Override
    public List<RegisterChange> importRows(MappedTable<InitiativeColumn> table, Viewer viewer, List<RowError> errors) {
        CellReader<InitiativeColumn> cells = new CellReader<>(table);
        FileDialect dialect = RegisterRows.dialect(table);
        Map<String, Initiative> known = new HashMap<>(); // strategy id/number → stored or created initiative
        RegisterRows.Owners<Strategy> owners = new RegisterRows.Owners<>(k -> visible(k, viewer),
                strategy -> initiatives.ofStrategy(strategy.id(), viewer).stream().filter(i -> i.number() != null)
                        .forEach(i -> known.put(i.strategyId() + "/" + i.number(), i)));
        Map<String, Integer> firstRow = new HashMap<>();
        List<Pending> pending = new ArrayList<>();
        List<RegisterChange> changes = new ArrayList<>();
        for (MappedTable.Row<InitiativeColumn> row : table.rows()) {
            List<RowError> rowErrors = new ArrayList<>();
            String strategyKey = cells.required(row, InitiativeColumn.STRATEGY, rowErrors);
            String number = cells.required(row, InitiativeColumn.KEY, rowErrors);
            String parent = cells.text(row, InitiativeColumn.PARENT, rowErrors);
            InitiativeKind kind = cells.choice(row, InitiativeColumn.KIND, InitiativeKind.class, rowErrors);
            String title = cells.required(row, InitiativeColumn.TITLE, rowErrors);
            String description = cells.text(row, InitiativeColumn.DESCRIPTION, rowErrors);
            String area = cells.text(row, InitiativeColumn.AREA, rowErrors);
            UUID responsible = organisation(cells.text(row, InitiativeColumn.RESPONSIBLE, rowErrors), cells, row,
                    InitiativeColumn.RESPONSIBLE, rowErrors);
            List<Partner> partners = partners(cells, row, dialect, rowErrors);
            LocalDate from = cells.date(row, InitiativeColumn.FROM, rowErrors);
            LocalDate to = cells.date(row, InitiativeColumn.TO, rowErrors);
            List<String> goalCodes = cells.list(row, InitiativeColumn.GOALS, rowErrors);
            Integer order = cells.wholeNumber(row, InitiativeColumn.ORDER, rowErrors);
            Visibility visibility = cells.choice(row, InitiativeColumn.VISIBILITY, Visibility.class, rowErrors);
            Strategy strategy = owners.get(strategyKey, "strategy", cells, row, InitiativeColumn.STRATEGY, rowErrors);
            List<UUID> goals = new ArrayList<>();
            for (String code : strategy == null ? List.<String>of() : goalCodes) {
                Optional<Goal> goal = goalKeys.inStrategy(strategyKey, code, viewer);
                if (goal.isEmpty()) {
                    rowErrors.add(RowError.of(row.row(), cells.column(InitiativeColumn.GOALS), ImportProblem.UNKNOWN_REFERENCE,
                            "goal", code));
                } else {
                    goals.add(goal.get().id().value());
                }
            }
            if (strategy != null && number != null) {
                RegisterRows.once(firstRow, strategyKey + "/" + number, number, cells, row, InitiativeColumn.KEY, rowErrors);
            }
            if (!rowErrors.isEmpty()) {
                errors.addAll(rowErrors);
                continue;
            }
            InitiativeDetails details = RegisterRows.attempt(cells, row.row(), "initiative", InitiativeRegisterImporter::columnOf,
                    () -> new InitiativeDetails(null, number, kind, title, description, null, null, null, area, responsible, null,
                            null, new Period(from, to), goals, partners, null, null, order, visibility), errors);
            if (details == null) {
                continue;
            }
            Pending p = new Pending(row, strategy, number, parent, details);
            Initiative stored = known.get(p.id());
            if (stored != null) {
                RegisterRows.stored(row(strategy.slug(), stored, dialect, viewer), table, row, cells, InitiativeColumn.KEY, number, title,
                        changes, errors);
                continue;
            }
            pending.add(p);
        }
        List<Pending> orphans = RegisterRows.parentsFirst(pending, Pending::id, Pending::parentId, known, (p, parent) -> {
            InitiativeDetails d = p.details();
            Initiative created = RegisterRows.attempt(cells, p.row().row(), "initiative",
                    InitiativeRegisterImporter::columnOf, () -> initiatives.create(p.strategy().id(), new InitiativeDetails(
                            parent == null ? null : parent.id().value(), d.number(), d.kind(), d.title(), d.description(),
                            null, null, null, d.area(), d.responsibleId(), null, null, d.period(), d.goalIds(), d.partners(),
                            null, null, d.order(), d.visibility()), viewer), errors);
            if (created != null) {
                changes.add(new RegisterChange(p.row().row(), p.number(), d.title(), RegisterChange.Action.NEW));
            }
            return created;
        });
        for (Pending p : orphans) {
            errors.add(RowError.of(p.row().row(), cells.column(InitiativeColumn.PARENT), ImportProblem.UNKNOWN_REFERENCE,
                    "initiative", p.parent()));
        }
        changes.sort(Comparator.comparingInt(RegisterChange::row));
        return changes;
    }

    @Override
    public List<List<Object>> export(String strategyKey, FileDialect dialect, Viewer viewer) {
        List<Strategy> chosen = new ArrayList<>();
        if (strategyKey != null) {
            strategies.findBySlug(strategyKey, viewer).ifPresent(chosen::add);
        } else {
            for (int page = 0; ; page++) {
                var list = strategies.list(dk.pejling.strategy.StrategyFilter.none(),
                        new dk.pejling.shared.PageQuery(null, page, dk.pejling.shared.PageQuery.MAX_SIZE), viewer);
                list.items().forEach(s -> chosen.add(strategies.get(new dk.pejling.strategy.StrategyId(s.id()), viewer)));
                if (list.items().isEmpty() || (long) (page + 1) * dk.pejling.shared.PageQuery.MAX_SIZE >= list.total()) {
                    break;
                }
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        chosen.stream().filter(s -> s.slug() != null).sorted(Comparator.comparing(Strategy::slug)).forEach(s -> {
            List<Initiative> all = initiatives.ofStrategy(s.id(), viewer);
            // parents before children, otherwise in the strategy's order
            List<Initiative> ordered = new ArrayList<>();
            addChildren(null, all, ordered);
            all.stream().filter(i -> !ordered.contains(i)).forEach(ordered::add);
            ordered.forEach(i -> rows.add(row(s.slug(), i, dialect, viewer)));
        });
        return rows;
    }

    private static void addChildren(UUID parent, List<Initiative> all, List<Initiative> out) {
        all.stream().filter(i -> java.util.Objects.equals(i.parentId(), parent))
                .sorted(Comparator.comparingInt(Initiative::order).thenComparing(i -> String.valueOf(i.number())))
                .forEach(i -> {
                    out.add(i);
                    addChildren(i.id().value(), all, out);
                });
    }

    @Override
    public List<Object> example(FileDialect dialect) {
        return Arrays.asList("tryg-aalborg", "1", null, InitiativeKind.INITIATIVE.code(), "Tryghedsvandringer i boligområderne",
                "Beboere, politi og kommune går sammen gennem området.", "Løvvangen", "aalborg-kommune", "2021-01-01",
                "2022-12-31", "1.1", 1, Visibility.PUBLIC.code(),
                partnerCell("nordjyllands-politi", "Deltager i vandringerne", new BigDecimal("120"), dialect));
    }

    private List<Object> row(String strategyKey, Initiative i, FileDialect dialect, Viewer viewer) {
        Map<UUID, Initiative> parents = new HashMap<>();
        String parent = null;
        if (i.parentId() != null) {
            parent = initiatives.ofStrategy(new dk.pejling.strategy.StrategyId(i.strategyId()), viewer).stream()
                    .filter(p -> p.id().value().equals(i.parentId())).findFirst()
                    .map(p -> p.number() != null ? p.number() : p.id().value().toString()).orElse(i.parentId().toString());
        }
        String responsible = null;
        if (i.responsibleId() != null) {
            Organisation o = organisations.byIds(List.of(new OrganisationId(i.responsibleId()))).get(new OrganisationId(i.responsibleId()));
            responsible = o != null && o.slug() != null ? o.slug() : i.responsibleId().toString();
        }
        List<String> goalCodes = i.goalIds().stream().map(g -> {
            String key = goalKeys.keyOf(new GoalId(g), viewer);
            return key.startsWith(strategyKey + "/") ? key.substring(strategyKey.length() + 1) : key;
        }).sorted().toList();
        return Arrays.asList(strategyKey, i.number() != null ? i.number() : i.id().value().toString(), parent, i.kind().code(),
                i.title(), i.description(), i.area(), responsible,
                i.period().from() == null ? null : i.period().from().toString(),
                i.period().to() == null ? null : i.period().to().toString(), RegisterRows.list(goalCodes), i.order(),
                i.visibility().code(), partners(i.partners(), dialect));
    }

    private String partners(List<Partner> partners, FileDialect dialect) {
        Map<OrganisationId, Organisation> orgs = organisations.byIds(partners.stream()
                .map(p -> new OrganisationId(p.organisationId())).toList());
        return CellItems.write(partners.stream().map(p -> {
            Organisation o = orgs.get(new OrganisationId(p.organisationId()));
            return partner(o != null && o.slug() != null ? o.slug() : p.organisationId().toString(), p.role(), p.hours(), dialect);
        }).toList());
    }

    private static String partnerCell(String organisation, String role, BigDecimal hours, FileDialect dialect) {
        return CellItems.write(List.of(partner(organisation, role, hours, dialect)));
    }

    private static List<Object> partner(String organisation, String role, BigDecimal hours, FileDialect dialect) {
        boolean da = dialect == FileDialect.DANISH;
        return List.of(organisation, CellItems.labelled(da ? "rolle" : "role", role),
                CellItems.labelled(da ? "timer" : "hours", hours == null ? null : dialect.decimals().format(hours)));
    }

    /** The partners cell: each item an organisation (key, id or name) and, if need be, its role and hours. */
    private List<Partner> partners(CellReader<InitiativeColumn> cells, MappedTable.Row<InitiativeColumn> row,
                                   FileDialect dialect, List<RowError> errors) {
        String column = cells.column(InitiativeColumn.PARTNERS);
        List<Partner> partners = new ArrayList<>();
        for (CellItems.Item item : RegisterRows.items(cells, row, InitiativeColumn.PARTNERS, errors)) {
            int before = errors.size();
            RegisterRows.unknownLabels(item, PARTNER_LABELS, row.row(), column, errors);
            if (item.words().size() != 1) {
                errors.add(RowError.of(row.row(), column, RegisterProblem.PARTNER_FORMAT, item.text()));
                continue;
            }
            UUID organisation = organisation(item.words().get(0), cells, row, InitiativeColumn.PARTNERS, errors);
            String hoursText = item.get("timer", "hours");
            BigDecimal hours = hoursText == null ? null : RegisterRows.number(hoursText, dialect, row.row(), column, errors);
            if (errors.size() == before) {
                partners.add(new Partner(organisation, item.get("rolle", "role"), hours));
            }
        }
        return partners;
    }

    private Optional<Strategy> visible(String key, Viewer viewer) {
        return strategies.findBySlug(key, viewer);
    }

    /** An organisation by its key, its id or its name; else an {@link ImportProblem#UNKNOWN_REFERENCE} on {@code column}. */
    private UUID organisation(String key, CellReader<InitiativeColumn> cells, MappedTable.Row<InitiativeColumn> row,
                              InitiativeColumn column, List<RowError> errors) {
        if (key == null) {
            return null;
        }
        Optional<Organisation> found = organisations.findBySlug(key);
        if (found.isPresent()) {
            return found.get().id().value();
        }
        try {
            OrganisationId id = new OrganisationId(UUID.fromString(key));
            if (organisations.exists(id)) {
                return id.value();
            }
        } catch (IllegalArgumentException e) {
            // not an id either
        }
        Optional<Organisation> named = organisations.all().stream().filter(o -> key.equalsIgnoreCase(o.name())).findFirst();
        if (named.isPresent()) {
            return named.get().id().value();
        }
        errors.add(RowError.of(row.row(), cells.column(column), ImportProblem.UNKNOWN_REFERENCE, "organisation", key));
        return null;
    }

    private static Optional<InitiativeColumn> columnOf(String field) {
        return Optional.ofNullable(switch (field) {
            case "parentId" -> InitiativeColumn.PARENT;
            case "number" -> InitiativeColumn.KEY;
            case "kind" -> InitiativeColumn.KIND;
            case "title" -> InitiativeColumn.TITLE;
            case "description" -> InitiativeColumn.DESCRIPTION;
            case "area" -> InitiativeColumn.AREA;
            case "responsibleId" -> InitiativeColumn.RESPONSIBLE;
            case "periodFrom", "periodTo" -> InitiativeColumn.TO;
            case "goalIds" -> InitiativeColumn.GOALS;
            case "order" -> InitiativeColumn.ORDER;
            case "visibility" -> InitiativeColumn.VISIBILITY;
            default -> field.startsWith("partners") ? InitiativeColumn.PARTNERS : null;
        });
    }
}
