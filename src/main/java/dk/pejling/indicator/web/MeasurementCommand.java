package dk.pejling.indicator.web;

import dk.pejling.indicator.MeasurementInput;
import dk.pejling.indicator.MeasurementPeriod;
import dk.pejling.shared.FieldErrors;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/**
 * A value as the entry and correction forms send it. Numbers are typed the Danish way ("5,7") or with a
 * point ("5.7"), never with thousands separators; the period and the rest are checked by the domain.
 */
record MeasurementCommand(String period, String step,
                          @Pattern(regexp = DECIMAL, message = NOT_A_NUMBER) String value,
                          @Pattern(regexp = WHOLE, message = NOT_WHOLE) String sampleSize,
                          @Pattern(regexp = DECIMAL, message = NOT_A_NUMBER) String ciLow,
                          @Pattern(regexp = DECIMAL, message = NOT_A_NUMBER) String ciHigh,
                          String note, String source, String evidenceUrl) {

    /** Empty, or a number with a decimal comma or point: what {@link #number(String)} reads. */
    static final String DECIMAL = "\\s*(?:[-+]?(?:\\d+(?:[.,]\\d*)?|[.,]\\d+)(?:[eE][-+]?\\d+)?)?\\s*";
    static final String WHOLE = "\\s*(?:[-+]?\\d{1,9})?\\s*";
    static final String NOT_A_NUMBER = "must be a number";
    static final String NOT_WHOLE = "must be a whole number";

    /** The domain's input; the period's and the input's own refusals come all at once. */
    MeasurementInput toInput() {
        FieldErrors errors = new FieldErrors();
        MeasurementPeriod at = errors.collect(() -> MeasurementPeriod.of(period));
        return errors.orThrow(errors.collect(() -> new MeasurementInput(at, step, number(value),
                sampleSize == null || sampleSize.isBlank() ? null : Integer.valueOf(sampleSize.strip()),
                number(ciLow), number(ciHigh), note, source, evidenceUrl, null)));
    }

    private static BigDecimal number(String raw) {
        return raw == null || raw.isBlank() ? null : new BigDecimal(raw.strip().replace(',', '.'));
    }
}
