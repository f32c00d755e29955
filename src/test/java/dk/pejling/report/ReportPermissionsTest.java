package dk.pejling.report;

import static dk.pejling.shared.MatrixActors.OTHER_STRATEGY;
import static dk.pejling.shared.MatrixActors.STRATEGY;
import static dk.pejling.shared.MatrixActors.admin;
import static dk.pejling.shared.MatrixActors.anonymous;
import static dk.pejling.shared.MatrixActors.coordinator;
import static dk.pejling.shared.MatrixActors.editor;
import static dk.pejling.shared.MatrixActors.outsider;
import static dk.pejling.shared.MatrixActors.reader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.shared.ForbiddenException;
import org.junit.jupiter.api.Test;

/** Who writes a strategy's annual report texts (docs/permissions.md): plain tests, no Spring. */
class ReportPermissionsTest {

    private final ReportPermissions permissions = new ReportPermissions();

    @Test
    void the_strategys_coordinator_and_administrators_may_write_its_report_texts() {
        assertThat(permissions.mayWriteTexts(STRATEGY, coordinator())).isTrue();
        assertThat(permissions.mayWriteTexts(STRATEGY, admin())).isTrue();
    }

    @Test
    void a_coordinator_may_not_write_the_texts_of_another_strategy() {
        assertThat(permissions.mayWriteTexts(OTHER_STRATEGY, coordinator())).isFalse();
    }

    @Test
    void an_editor_of_the_owner_who_reads_the_report_may_not_write_its_texts() {
        assertThat(permissions.mayWriteTexts(STRATEGY, editor())).isFalse();
        assertThat(permissions.mayWriteTexts(STRATEGY, reader())).isFalse();
        assertThat(permissions.mayWriteTexts(STRATEGY, outsider())).isFalse();
        assertThat(permissions.mayWriteTexts(STRATEGY, anonymous())).isFalse();
    }

    @Test
    void the_require_variant_refuses_with_forbidden_and_lets_the_coordinator_through() {
        assertThatThrownBy(() -> permissions.requireWriteTexts(STRATEGY, editor())).isInstanceOf(ForbiddenException.class);
        assertThatCode(() -> permissions.requireWriteTexts(STRATEGY, coordinator())).doesNotThrowAnyException();
    }
}
