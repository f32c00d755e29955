package dk.pejling.indicator.api;

import dk.pejling.indicator.MeasurementInput;
import dk.pejling.indicator.MeasurementPeriod;
import dk.pejling.indicator.api.IndicatorDtos.ChangeDto;
import dk.pejling.indicator.ReportedChange;
import dk.pejling.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** A new value, or a correction (then {@code version} of the corrected value and a {@code reason}). */
record MeasurementRequest(String period, String step, BigDecimal value, Integer sampleSize, BigDecimal ciLow,
                          BigDecimal ciHigh, String note, String source, String evidenceUrl, ChangeDto reportedChange,
                          String reason, Long version) {

    MeasurementInput input() {
        Map<String, String> errors = new LinkedHashMap<>();
        MeasurementPeriod p = null;
        try {
            p = MeasurementPeriod.of(period);
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        try {
            MeasurementInput in = new MeasurementInput(p, step, value, sampleSize, ciLow, ciHigh, note, source, evidenceUrl,
                    reportedChange == null || reportedChange.value() == null ? null
                            : new ReportedChange(reportedChange.value(), reportedChange.unit(), reportedChange.qualifier(),
                            reportedChange.reference()));
            if (errors.isEmpty()) {
                return in;
            }
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach(errors::putIfAbsent);
        }
        throw new InvalidInputException(errors);
    }

    long requiredVersion() {
        if (version == null) {
            throw new InvalidInputException("version", "must be given on a correction (the version you last read)");
        }
        return version;
    }
}
