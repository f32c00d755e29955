package dk.pejling.safetyindex;

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

/** Who maintains the safety index and its feeds into indicators (docs/permissions.md): plain tests, no Spring. */
class SafetyIndexPermissionsTest {

    private final SafetyIndexPermissions permissions = new SafetyIndexPermissions();

    @Test
    void editors_of_any_organisation_and_administrators_maintain_the_index() {
        assertThat(permissions.mayMaintainIndex(editor())).isTrue();
        assertThat(permissions.mayMaintainIndex(outsider())).isTrue();
        assertThat(permissions.mayMaintainIndex(admin())).isTrue();
    }

    @Test
    void a_coordinator_who_is_no_editor_may_not_maintain_the_index() {
        assertThat(permissions.mayMaintainIndex(coordinator())).isFalse();
    }

    @Test
    void a_reader_and_the_public_may_not_maintain_the_index_nor_its_feeds() {
        assertThat(permissions.mayMaintainIndex(reader())).isFalse();
        assertThat(permissions.mayMaintainIndex(anonymous())).isFalse();
        assertThat(permissions.mayManageFeeds(reader())).isFalse();
        assertThat(permissions.mayManageFeeds(anonymous())).isFalse();
    }

    @Test
    void a_coordinator_may_open_the_feeds_as_editors_and_administrators_may() {
        assertThat(permissions.mayManageFeeds(coordinator())).isTrue();
        assertThat(permissions.mayManageFeeds(editor())).isTrue();
        assertThat(permissions.mayManageFeeds(admin())).isTrue();
    }

    @Test
    void the_require_variants_refuse_with_forbidden_and_let_the_allowed_through() {
        assertThatThrownBy(() -> permissions.requireMaintainIndex(coordinator())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> permissions.requireManageFeeds(reader())).isInstanceOf(ForbiddenException.class);
        assertThatCode(() -> permissions.requireMaintainIndex(outsider())).doesNotThrowAnyException();
        assertThatCode(() -> permissions.requireManageFeeds(coordinator())).doesNotThrowAnyException();
    }
}
