package dk.pejling.register;

import static dk.pejling.shared.MatrixActors.admin;
import static dk.pejling.shared.MatrixActors.anonymous;
import static dk.pejling.shared.MatrixActors.coordinator;
import static dk.pejling.shared.MatrixActors.editor;
import static dk.pejling.shared.MatrixActors.reader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.shared.ForbiddenException;
import org.junit.jupiter.api.Test;

/** Who may import the registers; each row is checked again by its own module: plain tests, no Spring. */
class RegisterPermissionsTest {

    private final RegisterPermissions permissions = new RegisterPermissions();

    @Test
    void administrators_editors_and_coordinators_may_import_the_registers() {
        assertThat(permissions.mayImport(admin())).isTrue();
        assertThat(permissions.mayImport(editor())).isTrue();
        assertThat(permissions.mayImport(coordinator())).isTrue();
    }

    @Test
    void a_reader_and_the_public_may_not_import_the_registers() {
        assertThat(permissions.mayImport(reader())).isFalse();
        assertThat(permissions.mayImport(anonymous())).isFalse();
        assertThatThrownBy(() -> permissions.requireImport(reader())).isInstanceOf(ForbiddenException.class);
    }
}
