package dk.pejling.access;

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

/** Who appoints coordinators and administers the accounts (docs/permissions.md): plain tests, no Spring. */
class AccessPermissionsTest {

    private final AccessPermissions permissions = new AccessPermissions();

    @Test
    void a_coordinator_may_appoint_co_coordinators_of_the_strategy_they_coordinate() {
        assertThat(permissions.mayAppointCoordinators(STRATEGY, coordinator())).isTrue();
    }

    @Test
    void a_coordinator_may_not_appoint_coordinators_of_another_strategy() {
        assertThat(permissions.mayAppointCoordinators(OTHER_STRATEGY, coordinator())).isFalse();
    }

    @Test
    void an_administrator_may_appoint_coordinators_of_every_strategy() {
        assertThat(permissions.mayAppointCoordinators(STRATEGY, admin())).isTrue();
        assertThat(permissions.mayAppointCoordinators(OTHER_STRATEGY, admin())).isTrue();
    }

    @Test
    void an_editor_of_the_owner_a_reader_and_an_outsider_may_not_appoint_coordinators() {
        assertThat(permissions.mayAppointCoordinators(STRATEGY, editor())).isFalse();
        assertThat(permissions.mayAppointCoordinators(STRATEGY, reader())).isFalse();
        assertThat(permissions.mayAppointCoordinators(STRATEGY, outsider())).isFalse();
        assertThat(permissions.mayAppointCoordinators(STRATEGY, anonymous())).isFalse();
    }

    @Test
    void every_signed_in_user_but_not_the_public_may_list_a_strategys_coordinators() {
        assertThat(permissions.mayListCoordinators(reader())).isTrue();
        assertThat(permissions.mayListCoordinators(outsider())).isTrue();
        assertThat(permissions.mayListCoordinators(anonymous())).isFalse();
    }

    @Test
    void only_administrators_administer_user_accounts() {
        assertThat(permissions.mayAdministerUsers(admin())).isTrue();
        assertThat(permissions.mayAdministerUsers(coordinator())).isFalse();
        assertThat(permissions.mayAdministerUsers(editor())).isFalse();
        assertThat(permissions.mayAdministerUsers(reader())).isFalse();
        assertThat(permissions.mayAdministerUsers(anonymous())).isFalse();
    }

    @Test
    void the_require_variants_refuse_with_forbidden_and_let_the_allowed_through() {
        assertThatThrownBy(() -> permissions.requireAppointCoordinators(STRATEGY, editor()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> permissions.requireListCoordinators(anonymous())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> permissions.requireAdministerUsers(editor())).isInstanceOf(ForbiddenException.class);
        assertThatCode(() -> permissions.requireAppointCoordinators(STRATEGY, coordinator())).doesNotThrowAnyException();
        assertThatCode(() -> permissions.requireAdministerUsers(admin())).doesNotThrowAnyException();
    }
}
