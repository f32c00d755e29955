package dk.pejling.shared;

import static dk.pejling.shared.MatrixActors.admin;
import static dk.pejling.shared.MatrixActors.anonymous;
import static dk.pejling.shared.MatrixActors.coordinator;
import static dk.pejling.shared.MatrixActors.editor;
import static dk.pejling.shared.MatrixActors.reader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The rule of the administrators-only modules (organisations, search index, archives, audit log). */
class AdministratorsOnlyTest {

    @Test
    void an_administrator_may() {
        assertThat(AdministratorsOnly.may(admin())).isTrue();
        assertThatCode(() -> AdministratorsOnly.require(admin())).doesNotThrowAnyException();
    }

    @Test
    void a_coordinator_an_editor_a_reader_and_the_public_may_not() {
        for (Viewer viewer : new Viewer[] {coordinator(), editor(), reader(), anonymous()}) {
            assertThat(AdministratorsOnly.may(viewer)).as(viewer.name()).isFalse();
            assertThatThrownBy(() -> AdministratorsOnly.require(viewer)).isInstanceOf(ForbiddenException.class);
        }
    }
}
