package dk.pejling.strategy;

import dk.pejling.organisation.Organisation;
import dk.pejling.organisation.OrganisationId;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.register.RegisterChange;
import dk.pejling.register.RegisterImporter;
import dk.pejling.register.RegisterKind;
import dk.pejling.register.RegisterRows;
import dk.pejling.shared.ListPage;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.Period;
import dk.pejling.shared.Visibility;
import dk.pejling.shared.Viewer;
import dk.pejling.register.RegisterProblem;
import dk.pejling.shared.tabular.CellItems;
import dk.pejling.shared.tabular.CellReader;
import dk.pejling.shared.tabular.FileDialect;
import dk.pejling.shared.tabular.ImportProblem;
import dk.pejling.shared.tabular.MappedTable;
import dk.pejling.shared.tabular.RowError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Strategies from a register file, created through {@link StrategyService} (an editor registers the
 * strategies of their own organisation, an administrator any). Owner and partners are organisations
 * by key. Documents are links ("Titel <https://…>") and documents named by title alone; an uploaded
 * file has no place in a text file and travels in the archive instead, so the export leaves it out.
 * Relations to other strategies are written "del-af:tryg-aalborg" (the kind's code, a colon, the other
 * strategy's key), several separated by {@code |}; they are set in a second pass, after every row is
 * created, so a relation may name a strategy further down the file.
 */
@Component
class StrategyRegisterImporter implements RegisterImporter<StrategyColumn> {

    private final StrategyService strategies;
    private final OrganisationService organisations;

    StrategyRegisterImporter(StrategyService strategies, OrganisationService organisations) {
        this.strategies = strategies;
        this.organisations = organisations;
    }

    @Override
    public RegisterKind kind() {
        return RegisterKind.STRATEGIES;
    }

    @Override
    public Class<StrategyColumn> columns() {
        return StrategyColumn.class;
    }

    /** A relation as the file writes it, before its target is looked up. */
    private record RelationCell(RelationKind kind, String key) {
    }

    /** A strategy created from a row, waiting for its relations. */
    private record Created(MappedTable.Row<StrategyColumn> row, String key, Strategy strategy, List<RelationCell> relations) {
    }

    @Override
    public List<RegisterChange> importRows(MappedTable<StrategyColumn> table, Viewer viewer, List<RowError> errors) {
        CellReader<StrategyColumn> cells = new CellReader<>(table);
        FileDialect dialect = RegisterRows.dialect(table);
        Map<String, Integer> firstRow = new HashMap<>();
        Map<String, Strategy> createdByKey = new HashMap<>();
        List<Created> created = new ArrayList<>();
        List<RegisterChange> changes = new ArrayList<>();
        for (MappedTable.Row<StrategyColumn> row : table.rows()) {
            List<RowError> rowErrors = new ArrayList<>();
            String key = RegisterRows.key(cells, row, StrategyColumn.KEY, rowErrors);
            String title = cells.required(row, StrategyColumn.TITLE, rowErrors);
            StrategyKind kind = cells.choice(row, StrategyColumn.KIND, StrategyKind.class, rowErrors);
            OrganisationId owner = organisation(cells, row, cells.required(row, StrategyColumn.OWNER, rowErrors),
                    StrategyColumn.OWNER, rowErrors);
            Set<OrganisationId> partners = new LinkedHashSet<>();
            for (String partner : cells.list(row, StrategyColumn.PARTNERS, rowErrors)) {
                partners.add(organisation(cells, row, partner, StrategyColumn.PARTNERS, rowErrors));
            }
            LocalDate from = cells.date(row, StrategyColumn.FROM, rowErrors);
            LocalDate to = cells.date(row, StrategyColumn.TO, rowErrors);
            LifecycleStatus status = cells.choice(row, StrategyColumn.STATUS, LifecycleStatus.class, rowErrors);
            Visibility visibility = cells.choice(row, StrategyColumn.VISIBILITY, Visibility.class, rowErrors);
            List<String> themes = cells.list(row, StrategyColumn.THEMES, rowErrors);
            String summary = cells.text(row, StrategyColumn.SUMMARY, rowErrors);
            List<StrategyDetails.LinkInput> documents = cells.list(row, StrategyColumn.DOCUMENTS, rowErrors).stream()
                    .map(StrategyRegisterImporter::document).toList();
            List<RelationCell> relations = relations(cells, row, rowErrors);
            if (key != null) {
                RegisterRows.once(firstRow, key, key, cells, row, StrategyColumn.KEY, rowErrors);
            }
            if (!rowErrors.isEmpty()) {
                errors.addAll(rowErrors);
                continue;
            }
            Optional<Strategy> existing = visible(key, viewer);
            if (existing.isPresent()) {
                RegisterRows.stored(row(existing.get(), dialect, viewer), table, row, cells, StrategyColumn.KEY, key, title,
                        changes, errors);
                continue;
            }
            Strategy strategy = RegisterRows.attempt(cells, row.row(), "strategy",
                    StrategyRegisterImporter::columnOf, () -> strategies.create(new StrategyDetails(title, kind, owner, partners,
                            new Period(from, to), status, summary, themes, documents, null, visibility), key, viewer), errors);
            if (strategy != null) {
                createdByKey.put(key, strategy);
                created.add(new Created(row, key, strategy, relations));
                changes.add(new RegisterChange(row.row(), key, title, RegisterChange.Action.NEW));
            }
        }
        // The second pass: every strategy of the file exists now, wherever its row stands.
        for (Created c : created) {
            relate(cells, c, createdByKey, viewer, errors);
        }
        return changes;
    }

    private void relate(CellReader<StrategyColumn> cells, Created c, Map<String, Strategy> createdByKey, Viewer viewer,
                        List<RowError> errors) {
        String column = cells.column(StrategyColumn.RELATIONS);
        List<StrategyDetails.RelationInput> inputs = new ArrayList<>();
        int before = errors.size();
        for (RelationCell relation : c.relations()) {
            Strategy target = relation.key().equals(c.key()) ? c.strategy() : createdByKey.get(relation.key());
            if (target == null) {
                target = visible(relation.key(), viewer).or(() -> byId(relation.key(), viewer)).orElse(null);
            }
            if (target == null) {
                errors.add(RowError.of(c.row().row(), column, ImportProblem.UNKNOWN_REFERENCE, "strategy", relation.key()));
            } else if (target.id().equals(c.strategy().id())) {
                errors.add(RowError.of(c.row().row(), column, RegisterProblem.SELF_RELATION));
            } else {
                inputs.add(new StrategyDetails.RelationInput(relation.kind(), target.id()));
            }
        }
        if (errors.size() == before && !inputs.isEmpty()) {
            RegisterRows.attempt(cells, c.row().row(), "strategy", StrategyRegisterImporter::columnOf,
                    () -> strategies.addImportedRelations(c.strategy().id(), inputs), errors);
        }
    }

    private Optional<Strategy> byId(String key, Viewer viewer) {
        try {
            StrategyId id = new StrategyId(UUID.fromString(key));
            return strategies.isVisible(id, viewer) ? Optional.of(strategies.get(id, viewer)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The relations cell: items "kind:key", the kind by its code ("del-af") or name ("part-of"). */
    private static List<RelationCell> relations(CellReader<StrategyColumn> cells, MappedTable.Row<StrategyColumn> row,
                                                List<RowError> errors) {
        List<RelationCell> relations = new ArrayList<>();
        for (CellItems.Item item : RegisterRows.items(cells, row, StrategyColumn.RELATIONS, errors)) {
            RelationKind kind = item.words().isEmpty() && item.labelled().size() == 1
                    ? relationKind(item.labelled().keySet().iterator().next()) : null;
            String key = kind == null ? null : item.labelled().values().iterator().next();
            if (kind == null || key.isBlank()) {
                errors.add(RowError.of(row.row(), cells.column(StrategyColumn.RELATIONS), RegisterProblem.RELATION_FORMAT,
                        item.text(), Arrays.stream(RelationKind.values()).map(RelationKind::code).collect(Collectors.joining(", "))));
            } else {
                relations.add(new RelationCell(kind, key.strip()));
            }
        }
        return relations;
    }

    private static RelationKind relationKind(String label) {
        return Arrays.stream(RelationKind.values())
                .filter(k -> k.code().equals(label) || k.name().equalsIgnoreCase(label.replace('-', '_')))
                .findFirst().orElse(null);
    }

    @Override
    public List<List<Object>> export(String strategyKey, FileDialect dialect, Viewer viewer) {
        List<Strategy> found = new ArrayList<>();
        if (strategyKey != null) {
            strategies.findBySlug(strategyKey, viewer).ifPresent(found::add);
        } else {
            for (int page = 0; ; page++) {
                ListPage<StrategySummary> list = strategies.list(StrategyFilter.none(), new PageQuery(null, page, PageQuery.MAX_SIZE), viewer);
                list.items().forEach(s -> found.add(strategies.get(new StrategyId(s.id()), viewer)));
                if (list.items().isEmpty() || (long) (page + 1) * PageQuery.MAX_SIZE >= list.total()) {
                    break;
                }
            }
        }
        return found.stream().map(s -> row(s, dialect, viewer)).sorted(Comparator.comparing(r -> (String) r.get(0))).toList();
    }

    @Override
    public List<Object> example(FileDialect dialect) {
        return Arrays.asList("tryg-aalborg", "Tryg Aalborg – en mere tryg kommune", StrategyKind.STRATEGY.code(),
                "aalborg-kommune", "nordjyllands-politi", "2020-01-01", "2024-12-31", LifecycleStatus.ADOPTED.code(),
                Visibility.PUBLIC.code(), "Tryghed|Kriminalitet", "Strategien for et trygt Aalborg.",
                "Strategien <https://www.aalborg.dk/tryg-aalborg.pdf>|Handleplan 2021",
                RelationKind.BUILDS_ON.code() + ":tryg-aalborg-2016");
    }

    /** The strategy with this key, if the viewer may see it; creating one over a key they cannot see is refused by the service. */
    Optional<Strategy> visible(String key, Viewer viewer) {
        return strategies.findBySlug(key, viewer);
    }

    List<Object> row(Strategy s, FileDialect dialect, Viewer viewer) {
        Map<OrganisationId, Organisation> orgs = organisations.byIds(
                java.util.stream.Stream.concat(java.util.stream.Stream.of(s.ownerId()), s.partnerIds().stream()).toList());
        return Arrays.asList(s.slug() != null ? s.slug() : s.id().value().toString(), s.title(), s.kind().code(),
                key(orgs, s.ownerId()), RegisterRows.list(s.partnerIds().stream().map(p -> key(orgs, p)).toList()),
                s.period().from() == null ? null : s.period().from().toString(),
                s.period().to() == null ? null : s.period().to().toString(),
                s.status().code(), s.visibility().code(), RegisterRows.list(s.themes()), s.summary(),
                RegisterRows.list(s.links().stream().filter(l -> !l.isFile()).map(StrategyRegisterImporter::document).toList()),
                relations(s, viewer));
    }

    /** Only relations to strategies the viewer may see: an internal strategy's key is not for the public. */
    private String relations(Strategy s, Viewer viewer) {
        Map<UUID, String> keys = strategies.visibleSummaries(s.relations().stream().map(StrategyRelation::targetId).toList(), viewer)
                .stream().collect(Collectors.toMap(StrategySummary::id, t -> t.key() != null ? t.key() : t.id().toString()));
        return CellItems.write(s.relations().stream().filter(r -> keys.containsKey(r.targetId()))
                .sorted(Comparator.comparing((StrategyRelation r) -> r.kind().code()).thenComparing(r -> keys.get(r.targetId())))
                .map(r -> List.<Object>of(CellItems.labelled(r.kind().code(), keys.get(r.targetId())))).toList());
    }

    private static String document(StrategyLink link) {
        return link.isTitleOnly() ? link.title() : link.title() + " <" + link.url() + ">";
    }

    /** "Titel <https://…>" is a link, a title alone a document named without an address. */
    private static StrategyDetails.LinkInput document(String cell) {
        if (cell.endsWith(">") && cell.lastIndexOf(" <") > 0) {
            int start = cell.lastIndexOf(" <");
            return new StrategyDetails.LinkInput(null, cell.substring(0, start).strip(), cell.substring(start + 2, cell.length() - 1).strip());
        }
        return new StrategyDetails.LinkInput(null, cell, null, true);
    }

    private static String key(Map<OrganisationId, Organisation> orgs, OrganisationId id) {
        Organisation o = orgs.get(id);
        return o != null && o.slug() != null ? o.slug() : id.value().toString();
    }

    private OrganisationId organisation(CellReader<StrategyColumn> cells, MappedTable.Row<StrategyColumn> row, String key,
                                        StrategyColumn column, List<RowError> errors) {
        if (key == null) {
            return null;
        }
        Optional<Organisation> found = organisations.findBySlug(key);
        if (found.isEmpty()) {
            try {
                OrganisationId id = new OrganisationId(UUID.fromString(key));
                if (organisations.exists(id)) {
                    return id;
                }
            } catch (IllegalArgumentException | NotFoundException e) {
                // not an id either
            }
            errors.add(RowError.of(row.row(), cells.column(column), ImportProblem.UNKNOWN_REFERENCE, "organisation", key));
            return null;
        }
        return found.get().id();
    }

    private static Optional<StrategyColumn> columnOf(String field) {
        if (field.startsWith("links")) { // links[2].url: the documents cell
            return Optional.of(StrategyColumn.DOCUMENTS);
        }
        return Optional.ofNullable(switch (field) {
            case "title" -> StrategyColumn.TITLE;
            case "kind" -> StrategyColumn.KIND;
            case "ownerId" -> StrategyColumn.OWNER;
            case "partnerIds" -> StrategyColumn.PARTNERS;
            case "periodFrom", "periodTo" -> StrategyColumn.TO;
            case "status" -> StrategyColumn.STATUS;
            case "visibility" -> StrategyColumn.VISIBILITY;
            case "themes" -> StrategyColumn.THEMES;
            case "summary" -> StrategyColumn.SUMMARY;
            case "links" -> StrategyColumn.DOCUMENTS;
            case "key" -> StrategyColumn.KEY;
            default -> null;
        });
    }
}
