package dk.pejling.indicator.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.indicator.MeasurementField;
import org.junit.jupiter.api.Test;

/** The file's columns and the value's fields: a change or a field error of the value lands in the column that holds it. */
class MeasurementColumnTest {

    @Test
    void everyFieldOfAValueHasItsColumn() {
        assertThat(MeasurementColumn.of(MeasurementField.VALUE)).isEqualTo(MeasurementColumn.VALUE);
        assertThat(MeasurementColumn.of(MeasurementField.SAMPLE_SIZE)).isEqualTo(MeasurementColumn.SAMPLE_SIZE);
        assertThat(MeasurementColumn.of(MeasurementField.EVIDENCE_URL)).isEqualTo(MeasurementColumn.EVIDENCE_URL);
        for (MeasurementField field : MeasurementField.values()) {
            assertThat(MeasurementColumn.of(field).name()).isEqualTo(field.name());
        }
    }

    @Test
    void aFieldErrorIsFoundByTheInputsFieldName() {
        assertThat(MeasurementColumn.ofInputField("ciHigh")).contains(MeasurementColumn.CI_HIGH);
        assertThat(MeasurementColumn.ofInputField("reason")).isEmpty();
        assertThatThrownBy(() -> MeasurementColumn.of(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
