package dk.pejling.strategy;

import static dk.pejling.shared.MatrixActors.OTHER_STRATEGY;
import static dk.pejling.shared.MatrixActors.OUTSIDE;
import static dk.pejling.shared.MatrixActors.OWNER;
import static dk.pejling.shared.MatrixActors.OWNER_UNIT;
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

/** Who may register and change a strategy and its goals (docs/permissions.md): plain tests, no Spring. */
class StrategyPermissionsTest {

    private final StrategyPermissions permissions = new StrategyPermissions();

    @Test
    void an_administrator_may_edit_every_strategy_and_its_goals() {
        assertThat(permissions.mayEditStrategy(STRATEGY, admin())).isTrue();
        assertThat(permissions.mayEditStrategy(OTHER_STRATEGY, admin())).isTrue();
        assertThat(permissions.mayEditGoalsOf(STRATEGY, admin())).isTrue();
    }

    @Test
    void a_coordinator_may_edit_the_strategy_they_coordinate_and_its_goals() {
        assertThat(permissions.mayEditStrategy(STRATEGY, coordinator())).isTrue();
        assertThat(permissions.mayEditGoalsOf(STRATEGY, coordinator())).isTrue();
    }

    @Test
    void a_coordinator_may_not_edit_a_strategy_they_do_not_coordinate() {
        assertThat(permissions.mayEditStrategy(OTHER_STRATEGY, coordinator())).isFalse();
        assertThat(permissions.mayEditGoalsOf(OTHER_STRATEGY, coordinator())).isFalse();
    }

    @Test
    void an_editor_of_the_owner_may_not_edit_the_strategy_without_coordinating_it() {
        assertThat(permissions.mayEditStrategy(STRATEGY, editor())).isFalse();
        assertThat(permissions.mayEditGoalsOf(STRATEGY, editor())).isFalse();
    }

    @Test
    void an_editor_of_another_organisation_may_not_edit_the_strategy() {
        assertThat(permissions.mayEditStrategy(STRATEGY, outsider())).isFalse();
    }

    @Test
    void a_reader_and_the_public_may_not_edit_the_strategy() {
        assertThat(permissions.mayEditStrategy(STRATEGY, reader())).isFalse();
        assertThat(permissions.mayEditStrategy(STRATEGY, anonymous())).isFalse();
        assertThat(permissions.mayEditStrategy(null, anonymous())).isFalse();
    }

    @Test
    void an_editor_may_register_a_strategy_owned_by_their_organisation_or_a_unit_below_it() {
        assertThat(permissions.mayRegisterStrategy(OWNER, editor())).isTrue();
        assertThat(permissions.mayRegisterStrategy(OWNER_UNIT, editor())).isTrue();
    }

    @Test
    void an_editor_may_not_register_a_strategy_for_another_organisation_or_for_none() {
        assertThat(permissions.mayRegisterStrategy(OUTSIDE, editor())).isFalse();
        assertThat(permissions.mayRegisterStrategy(null, editor())).isFalse();
    }

    @Test
    void an_administrator_may_register_a_strategy_for_any_organisation() {
        assertThat(permissions.mayRegisterStrategy(OUTSIDE, admin())).isTrue();
    }

    @Test
    void a_reader_or_a_coordinator_who_is_no_editor_may_not_register_a_strategy_even_for_their_own_organisation() {
        assertThat(permissions.mayRegisterStrategy(OWNER, reader())).isFalse();
        assertThat(permissions.mayRegisterStrategy(coordinator().organisationId(), coordinator())).isFalse();
        assertThat(permissions.mayRegisterStrategy(OWNER, anonymous())).isFalse();
    }

    @Test
    void the_registration_form_is_offered_to_editors_and_administrators_only() {
        assertThat(permissions.mayOpenRegistrationForm(admin())).isTrue();
        assertThat(permissions.mayOpenRegistrationForm(editor())).isTrue();
        assertThat(permissions.mayOpenRegistrationForm(outsider())).isTrue();
        assertThat(permissions.mayOpenRegistrationForm(coordinator())).isFalse();
        assertThat(permissions.mayOpenRegistrationForm(reader())).isFalse();
        assertThat(permissions.mayOpenRegistrationForm(anonymous())).isFalse();
    }

    @Test
    void a_submitted_registration_without_an_owner_reaches_the_field_errors_only_for_who_may_open_the_form() {
        assertThat(permissions.maySubmitRegistration(null, outsider())).isTrue();
        assertThat(permissions.maySubmitRegistration(null, reader())).isFalse();
    }

    @Test
    void a_submitted_registration_for_another_organisation_is_refused_before_the_form_is_read() {
        assertThat(permissions.maySubmitRegistration(OWNER, outsider())).isFalse();
        assertThat(permissions.maySubmitRegistration(OWNER, editor())).isTrue();
    }

    @Test
    void the_require_variants_refuse_with_forbidden_and_let_the_allowed_through() {
        assertThatThrownBy(() -> permissions.requireEditStrategy(STRATEGY, editor())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> permissions.requireEditGoalsOf(STRATEGY, reader())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> permissions.requireRegisterStrategy(OUTSIDE, editor())).isInstanceOf(ForbiddenException.class);
        assertThatCode(() -> permissions.requireEditStrategy(STRATEGY, coordinator())).doesNotThrowAnyException();
        assertThatCode(() -> permissions.requireRegisterStrategy(OWNER, editor())).doesNotThrowAnyException();
    }
}
