package dk.pejling.proceedings;

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

/** Who keeps the proceedings and manages the secretariats (docs/permissions.md): plain tests, no Spring. */
class ProceedingsPermissionsTest {

    private static final boolean OPEN_STAYS_OPEN = false;
    private static final boolean CLOSED_OR_CLOSURE_CHANGES = true;
    private static final boolean SECRETARIAT = true;
    private static final boolean NOT_SECRETARIAT = false;

    private final ProceedingsPermissions permissions = new ProceedingsPermissions();

    @Test
    void editors_of_any_organisation_and_administrators_keep_the_proceedings() {
        assertThat(permissions.mayKeepProceedings(editor())).isTrue();
        assertThat(permissions.mayKeepProceedings(outsider())).isTrue();
        assertThat(permissions.mayKeepProceedings(admin())).isTrue();
    }

    @Test
    void a_coordinator_who_is_no_editor_a_reader_and_the_public_may_not_keep_the_proceedings() {
        assertThat(permissions.mayKeepProceedings(coordinator())).isFalse();
        assertThat(permissions.mayKeepProceedings(reader())).isFalse();
        assertThat(permissions.mayKeepProceedings(anonymous())).isFalse();
    }

    @Test
    void only_administrators_manage_the_secretariats() {
        assertThat(permissions.mayManageSecretariats(admin())).isTrue();
        assertThat(permissions.mayManageSecretariats(editor())).isFalse();
        assertThat(permissions.mayManageSecretariats(coordinator())).isFalse();
        assertThat(permissions.mayManageSecretariats(anonymous())).isFalse();
    }

    @Test
    void a_minutes_draft_is_opened_by_its_uploader_and_administrators_only() {
        assertThat(permissions.mayOpenDraftOf("editor", editor())).isTrue();
        assertThat(permissions.mayOpenDraftOf("editor", admin())).isTrue();
        assertThat(permissions.mayOpenDraftOf("editor", outsider())).isFalse();
        assertThat(permissions.mayOpenDraftOf(null, outsider())).isFalse();
    }

    @Test
    void an_editor_may_correct_an_open_item_that_stays_open() {
        assertThat(permissions.mayEditItem(OPEN_STAYS_OPEN, NOT_SECRETARIAT, editor())).isTrue();
    }

    @Test
    void an_editor_who_is_not_the_secretariat_may_not_correct_a_closed_item_nor_open_or_close_one() {
        assertThat(permissions.mayEditItem(CLOSED_OR_CLOSURE_CHANGES, NOT_SECRETARIAT, editor())).isFalse();
    }

    @Test
    void the_committees_secretariat_may_correct_closed_items_and_open_or_close_them() {
        assertThat(permissions.mayEditItem(CLOSED_OR_CLOSURE_CHANGES, SECRETARIAT, reader())).isTrue();
        assertThat(permissions.mayEditItem(OPEN_STAYS_OPEN, SECRETARIAT, reader())).isTrue();
    }

    @Test
    void a_reader_who_is_not_the_secretariat_may_not_correct_any_item() {
        assertThat(permissions.mayEditItem(OPEN_STAYS_OPEN, NOT_SECRETARIAT, reader())).isFalse();
        assertThat(permissions.mayEditItem(OPEN_STAYS_OPEN, NOT_SECRETARIAT, anonymous())).isFalse();
    }

    @Test
    void the_pages_offer_their_forms_to_everyone_who_holds_an_editing_role() {
        assertThat(permissions.mayOfferForms(editor())).isTrue();
        assertThat(permissions.mayOfferForms(coordinator())).isTrue();
        assertThat(permissions.mayOfferForms(admin())).isTrue();
        assertThat(permissions.mayOfferForms(reader())).isFalse();
        assertThat(permissions.mayOfferForms(anonymous())).isFalse();
    }

    @Test
    void the_require_variants_refuse_with_forbidden_and_let_the_allowed_through() {
        assertThatThrownBy(() -> permissions.requireKeepProceedings(reader())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> permissions.requireManageSecretariats(editor())).isInstanceOf(ForbiddenException.class);
        assertThatCode(() -> permissions.requireKeepProceedings(editor())).doesNotThrowAnyException();
        assertThatCode(() -> permissions.requireManageSecretariats(admin())).doesNotThrowAnyException();
    }
}
