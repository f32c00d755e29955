package dk.pejling.indicator;

import static dk.pejling.shared.MatrixActors.OTHER_STRATEGY;
import static dk.pejling.shared.MatrixActors.STRATEGY;
import static dk.pejling.shared.MatrixActors.admin;
import static dk.pejling.shared.MatrixActors.anonymous;
import static dk.pejling.shared.MatrixActors.coordinator;
import static dk.pejling.shared.MatrixActors.editor;
import static dk.pejling.shared.MatrixActors.outsider;
import static dk.pejling.shared.MatrixActors.reader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.shared.ForbiddenException;
import org.junit.jupiter.api.Test;

/**
 * The strategy-wide indicator rules that need no goal lookup (docs/permissions.md): plain tests, no Spring.
 * The rules through an indicator's goals are exercised by the permission matrix.
 */
class IndicatorPermissionsTest {

    private final IndicatorPermissions permissions = new IndicatorPermissions(null);

    @Test
    void the_strategys_coordinator_and_administrators_define_its_indicators_and_judge_its_goals() {
        assertThat(permissions.mayDefineFor(STRATEGY, coordinator())).isTrue();
        assertThat(permissions.mayDefineFor(STRATEGY, admin())).isTrue();
    }

    @Test
    void an_editor_of_the_owner_who_enters_measurements_may_not_define_the_strategys_indicators() {
        assertThat(permissions.mayDefineFor(STRATEGY, editor())).isFalse();
        assertThat(permissions.mayDefineFor(OTHER_STRATEGY, coordinator())).isFalse();
        assertThat(permissions.mayDefineFor(STRATEGY, reader())).isFalse();
        assertThatThrownBy(() -> permissions.requireDefineFor(STRATEGY, outsider())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void the_measurement_import_is_open_to_every_editing_role_and_closed_to_readers_and_the_public() {
        assertThat(permissions.mayImportMeasurements(coordinator())).isTrue();
        assertThat(permissions.mayImportMeasurements(outsider())).isTrue();
        assertThat(permissions.mayImportMeasurements(admin())).isTrue();
        assertThat(permissions.mayImportMeasurements(reader())).isFalse();
        assertThat(permissions.mayImportMeasurements(anonymous())).isFalse();
    }
}
