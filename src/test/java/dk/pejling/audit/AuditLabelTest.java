package dk.pejling.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditLabelTest {

    @Test
    void namesARecordByTheTitleInItsSnapshot() {
        assertThat(AuditLabel.of("{\"title\": \"Tryg Aalborg\", \"goals\": [{\"title\": \"Mål 1\"}]}", null))
                .isEqualTo("Tryg Aalborg");
    }

    @Test
    void aDeletedRecordIsNamedFromItsSnapshotBefore() {
        assertThat(AuditLabel.of(null, "{\"name\": \"Nordjyllands Politi\"}")).isEqualTo("Nordjyllands Politi");
    }

    @Test
    void nothingToNameGivesNoLabel() {
        assertThat(AuditLabel.of("{\"goals\": []}", "not json")).isNull();
        assertThat(AuditLabel.of(null, null)).isNull();
    }
}
