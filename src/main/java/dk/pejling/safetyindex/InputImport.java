package dk.pejling.safetyindex;

import dk.pejling.safetyindex.ImportReport.RowError;
import dk.pejling.safetyindex.IndexInputs.CrimeCount;
import dk.pejling.safetyindex.IndexInputs.Population;
import dk.pejling.safetyindex.IndexInputs.Respondent;
import dk.pejling.safetyindex.store.SafetyIndexStore;
import dk.pejling.safetyindex.store.SurveyStore;
import dk.pejling.shared.FieldErrors;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.PejlingProperties;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.tabular.Table;
import dk.pejling.shared.tabular.TabularReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the inputs of the index from CSV or XLSX: a dry run that reports every row error and
 * writes nothing, or everything in one transaction and nothing when any row is wrong. Columns follow
 * Danmarks Statistik's tables: crime as STRAF11 (OMRÅDE, OVERTRÆD, TID, INDHOLD), population as
 * FOLK1A (OMRÅDE, TID, INDHOLD); survey answers have OMRÅDE, VÆGT and one column per item of the
 * newest method version, whose scale each answer must lie on.
 */
@Service
public class InputImport {

    private final SafetyIndexStore store;
    private final SurveyStore surveys;
    private final PejlingProperties.Imports limits;
    private final Clock clock;
    private final SafetyIndexPermissions permissions;

    InputImport(SafetyIndexStore store, SurveyStore surveys, PejlingProperties properties, Clock clock,
                SafetyIndexPermissions permissions) {
        this.permissions = permissions;
        this.store = store;
        this.surveys = surveys;
        this.limits = properties.imports();
        this.clock = clock;
    }

    public long maxBytes() {
        return limits.maxBytes();
    }

    @Transactional
    public ImportReport run(ImportKind kind, String fileName, byte[] content, WaveDetails wave, boolean dryRun, Viewer viewer) {
        permissions.requireMaintainIndex(viewer);
        Table table = new TabularReader(limits.maxBytes(), limits.maxRows()).read(fileName, content);
        AreaTree areas = new AreaTree(store.areas());
        List<RowError> errors = new ArrayList<>();
        Runnable save = switch (kind) {
            case CRIME -> crime(table, areas, errors);
            case POPULATION -> population(table, areas, errors);
            case SURVEY -> survey(table, areas, wave, errors);
        };
        ImportReport report = new ImportReport(kind, fileName, table.rows().size(),
                errors.isEmpty() ? table.rows().size() : 0, errors, false);
        if (dryRun) {
            return report;
        }
        if (report.hasErrors()) {
            throw new ImportRejectedException(report);
        }
        save.run();
        return new ImportReport(kind, fileName, report.rows(), report.accepted(), List.of(), true);
    }

    private Runnable crime(Table t, AreaTree areas, List<RowError> errors) {
        int area = required(t, "OMRÅDE", "area");
        int group = required(t, "OVERTRÆD", "offence");
        int time = required(t, "TID", "quarter");
        int count = required(t, "INDHOLD", "reports");
        int source = t.column("KILDE", "source").orElse(-1);
        List<Runnable> saves = new ArrayList<>();
        for (Table.Row r : t.rows()) {
            Cells c = new Cells(t, r, errors);
            String code = c.area(area, areas);
            Period quarter = c.period(time);
            if (quarter != null && quarter.kind() != Period.Kind.QUARTER) {
                c.error(time, "must be a quarter, e.g. 2021K1");
                quarter = null;
            }
            Long reports = c.whole(count, 0);
            String offence = c.text(group, true);
            if (code != null && quarter != null && reports != null && offence != null) {
                CrimeCount row = new CrimeCount(code, quarter, offence, reports);
                String from = r.cell(source);
                saves.add(() -> store.saveCrime(row, from.isEmpty() ? null : from, SyntheticLabel.marks(from)));
            }
        }
        return () -> saves.forEach(Runnable::run);
    }

    private Runnable population(Table t, AreaTree areas, List<RowError> errors) {
        int area = required(t, "OMRÅDE", "area");
        int time = required(t, "TID", "period");
        int count = required(t, "INDHOLD", "residents");
        int source = t.column("KILDE", "source").orElse(-1);
        List<Runnable> saves = new ArrayList<>();
        for (Table.Row r : t.rows()) {
            Cells c = new Cells(t, r, errors);
            String code = c.area(area, areas);
            Period period = c.period(time);
            Long residents = c.whole(count, 1);
            if (code != null && period != null && residents != null) {
                Population row = new Population(code, period, residents);
                String from = r.cell(source);
                saves.add(() -> store.savePopulation(row, from.isEmpty() ? null : from, SyntheticLabel.marks(from)));
            }
        }
        return () -> saves.forEach(Runnable::run);
    }

    private Runnable survey(Table t, AreaTree areas, WaveDetails details, List<RowError> errors) {
        MethodDocument method = store.methods().stream().findFirst().map(MethodVersion::method)
                .orElseThrow(() -> new InvalidInputException("file", "Create a method version first: it names the items and their scales."));
        FieldErrors fields = new FieldErrors();
        Period period = fields.collect(() -> Period.of(details == null ? null : details.period()));
        int area = required(t, "OMRÅDE", "area");
        int weight = required(t, "VÆGT", "weight");
        List<MethodDocument.Item> items = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        for (MethodDocument.Item item : method.items()) {
            t.column(item.key()).ifPresent(col -> {
                items.add(item);
                columns.add(col);
            });
        }
        List<String> unknown = t.headers().stream().filter(h -> !h.isBlank() && t.column(h).map(i -> i != area && i != weight
                && !columns.contains(i)).orElse(false)).toList();
        if (items.isEmpty() || !unknown.isEmpty()) {
            throw new InvalidInputException("file", "Unknown or missing item columns " + unknown + "; the items are "
                    + method.items().stream().map(MethodDocument.Item::key).toList() + ".");
        }
        SurveyWave wave = fields.collect(() -> new SurveyWave(UUID.randomUUID(), details.name(), details.provider(), period,
                details.fieldworkFrom(), details.fieldworkTo(), details.invited(), details.answered(), details.methodNote(),
                items.stream().map(MethodDocument.Item::key).toList(), details.synthetic(), details.source(), clock.instant()));
        fields.orThrow(wave);
        List<Respondent> respondents = new ArrayList<>();
        for (Table.Row r : t.rows()) {
            Cells c = new Cells(t, r, errors);
            String code = c.area(area, areas);
            Double w = c.positive(weight);
            int[] answers = new int[items.size()];
            Arrays.fill(answers, IndexInputs.MISSING);
            boolean ok = true;
            for (int i = 0; i < items.size(); i++) {
                MethodDocument.Item item = items.get(i);
                if (r.cell(columns.get(i)).isEmpty()) {
                    continue;
                }
                Long answer = c.whole(columns.get(i), Long.MIN_VALUE);
                if (answer == null) {
                    ok = false;
                } else if (answer < item.scaleMin() || answer > item.scaleMax()) {
                    c.error(columns.get(i), "the answer " + answer + " lies outside the item's scale "
                            + item.scaleMin() + "–" + item.scaleMax());
                    ok = false;
                } else {
                    answers[i] = answer.intValue();
                }
            }
            if (code != null && w != null && ok) {
                respondents.add(new Respondent(code, period, w, answers));
            }
        }
        return () -> {
            surveys.insertWave(wave);
            surveys.insertRespondents(wave.id(), respondents);
        };
    }

    private static int required(Table t, String danish, String english) {
        return t.column(danish, english).orElseThrow(() -> new InvalidInputException("file",
                "The first row lacks the column " + danish + " (or " + english + ")."));
    }
}
