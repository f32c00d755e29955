package dk.pejling.indicator.file;

import dk.pejling.indicator.IndicatorPermissions;
import dk.pejling.indicator.Frequency;
import dk.pejling.indicator.Indicator;
import dk.pejling.indicator.IndicatorId;
import dk.pejling.indicator.IndicatorService;
import dk.pejling.indicator.Measurement;
import dk.pejling.indicator.MeasurementInput;
import dk.pejling.indicator.MeasurementService;
import dk.pejling.shared.tabular.RowError;
import dk.pejling.indicator.file.ImportChange.Action;
import dk.pejling.indicator.store.MeasurementRepository;
import dk.pejling.shared.Viewer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares the rows of a read file with the current values (the dry run) and applies them: all in
 * one transaction, and only when no row has an error. The values are saved per indicator by
 * {@link MeasurementService#importValues}, which applies the rules of add and correct (one lock
 * and one read per indicator instead of per row); a correction gets the reason
 * "Import &lt;file&gt; &lt;time&gt;" and the old value stays in the history. Unchanged rows are skipped.
 */
@Component
class ImportPlanner {

    private final IndicatorService indicators;
    private final MeasurementService measurements;
    private final MeasurementRepository repository;
    private final Clock clock;
    private final IndicatorPermissions permissions;

    ImportPlanner(IndicatorService indicators, MeasurementService measurements, MeasurementRepository repository,
                  Clock clock, IndicatorPermissions permissions) {
        this.permissions = permissions;
        this.indicators = indicators;
        this.measurements = measurements;
        this.repository = repository;
        this.clock = clock;
    }

    private record Planned(Indicator indicator, Measurement current, MeasurementInput input, ImportChange change) {
    }

    private record Plan(List<Planned> planned, ImportResult result) {
    }

    @Transactional(readOnly = true)
    ImportResult check(ParsedFile file, Viewer viewer) {
        permissions.requireImportMeasurements(viewer); // each indicator is checked again when its values are saved
        return plan(file, viewer).result();
    }

    @Transactional
    ImportResult apply(ParsedFile file, String expectedFingerprint, Viewer viewer) {
        permissions.requireImportMeasurements(viewer); // each indicator is checked again when its values are saved
        // Lock every indicator the file names first, in one order, so the plan holds until the end.
        file.rows().stream().map(ImportRow::indicator).distinct()
                .map(key -> indicators.findByKey(key, viewer)).flatMap(Optional::stream)
                .map(i -> i.id().value()).distinct().sorted().forEach(id -> indicators.lock(new IndicatorId(id)));
        Plan plan = plan(file, viewer);
        ImportResult result = plan.result();
        if (result.hasErrors()) {
            throw new ImportRejectedException(result, false);
        }
        if (expectedFingerprint != null && !expectedFingerprint.equals(result.fingerprint())) {
            throw new ImportRejectedException(result, true);
        }
        String reason = "Import " + (file.name().isBlank() ? "file" : file.name()) + " "
                + clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Map<IndicatorId, List<MeasurementService.ImportedValue>> byIndicator = new LinkedHashMap<>();
        for (Planned p : plan.planned()) {
            if (p.change().action() != Action.UNCHANGED) {
                byIndicator.computeIfAbsent(p.indicator().id(), k -> new ArrayList<>())
                        .add(new MeasurementService.ImportedValue(p.input(), p.current()));
            }
        }
        byIndicator.forEach((indicator, values) -> measurements.importValues(indicator, values, reason, viewer));
        return result.asApplied();
    }

    private Plan plan(ParsedFile file, Viewer viewer) {
        RowReader reader = file.reader();
        Map<String, Optional<Indicator>> byKey = new HashMap<>();
        Map<UUID, Map<String, Measurement>> current = new HashMap<>();
        Map<String, Integer> firstRow = new HashMap<>();
        List<RowError> errors = new ArrayList<>(file.errors());
        List<Planned> planned = new ArrayList<>();
        for (ImportRow row : file.rows()) {
            Indicator indicator = byKey.computeIfAbsent(row.indicator(), k -> indicators.findByKey(k, viewer)).orElse(null);
            if (indicator == null) {
                errors.add(RowError.of(row.row(), reader.column(MeasurementColumn.INDICATOR), MeasurementProblem.UNKNOWN_INDICATOR,
                        row.indicator()));
                continue;
            }
            List<RowError> rowErrors = new ArrayList<>();
            java.util.Set<Measurement.Misfit> misfits = Measurement.misfits(indicator, row.period(), row.step());
            if (misfits.contains(Measurement.Misfit.PERIOD_TOO_FINE)) {
                rowErrors.add(RowError.of(row.row(), reader.column(MeasurementColumn.PERIOD), MeasurementProblem.PERIOD_TOO_FINE,
                        row.period().value(), word(indicator.frequency())));
            }
            if (misfits.contains(Measurement.Misfit.UNKNOWN_STEP)) {
                rowErrors.add(RowError.of(row.row(), reader.column(MeasurementColumn.STEP), MeasurementProblem.UNKNOWN_STEP, row.step()));
            }
            String key = indicator.id().value() + "|" + Measurement.slot(row.period(), row.step());
            Integer first = firstRow.putIfAbsent(key, row.row());
            if (first != null) {
                rowErrors.add(RowError.of(row.row(), reader.column(MeasurementColumn.PERIOD), MeasurementProblem.DUPLICATE_ROW,
                        String.valueOf(first)));
            }
            if (!rowErrors.isEmpty()) {
                errors.addAll(rowErrors);
                continue;
            }
            Measurement now = current.computeIfAbsent(indicator.id().value(), this::currentByPeriodAndStep)
                    .get(Measurement.slot(row.period(), row.step()));
            List<RowError> invalid = reader.invalid(row.row(), () -> row.input(now));
            if (!invalid.isEmpty()) {
                errors.addAll(invalid);
                continue;
            }
            MeasurementInput input = row.input(now);
            // the rule of what is a correction is the measurement's own (Measurement.changesIn)
            List<String> changed = now == null ? List.of() : now.changesIn(input).stream().map(MeasurementColumn::of).map(reader::column).toList();
            Action action = now == null ? Action.NEW : changed.isEmpty() ? Action.UNCHANGED : Action.CORRECTION;
            planned.add(new Planned(indicator, now, input, new ImportChange(row.row(), row.indicator(),
                    indicator.id().value(), indicator.name(), row.period(), row.step(), action,
                    now == null ? null : plain(now.value()), plain(input.value()), changed)));
        }
        errors.sort(Comparator.comparingInt(RowError::row));
        ImportResult result = new ImportResult(file.name(), file.format(), file.encoding(), file.rowCount(), file.emptyRows(),
                planned.stream().map(Planned::change).toList(),
                errors.size() > ImportResult.MAX_ERRORS ? errors.subList(0, ImportResult.MAX_ERRORS) : errors,
                errors.size(), false, fingerprint(file, planned));
        return new Plan(planned, result);
    }

    private Map<String, Measurement> currentByPeriodAndStep(UUID indicatorId) {
        Map<String, Measurement> byKey = new HashMap<>();
        repository.findCurrentOf(indicatorId).forEach(m -> byKey.put(m.slot(), m));
        return byKey;
    }

    /** 1774.000000 as 1774, so the answer reads like the file. */
    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    private static String word(Frequency frequency) {
        return switch (frequency) {
            case YEAR -> "year";
            case HALF_YEAR -> "half-year";
            case QUARTER -> "quarter";
            case MONTH -> "month";
        };
    }

    /** The file's bytes and the state of every value it would change: equal fingerprints, equal imports. */
    private static String fingerprint(ParsedFile file, List<Planned> planned) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(file.digest().getBytes(StandardCharsets.US_ASCII));
            for (Planned p : planned) {
                sha.update((p.change().row() + ":" + p.change().action() + ":"
                        + (p.current() == null ? "-" : p.current().id() + "@" + p.current().version()) + ";")
                        .getBytes(StandardCharsets.US_ASCII));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
