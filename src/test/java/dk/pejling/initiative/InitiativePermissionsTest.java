package dk.pejling.initiative;

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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.shared.ForbiddenException;
import dk.pejling.shared.Period;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may change an initiative, report its status and coordinate rounds (docs/permissions.md): no Spring. */
class InitiativePermissionsTest {

    private final InitiativePermissions permissions = new InitiativePermissions();

    private static Initiative responsibleIs(UUID organisation, UUID leadUser) {
        InitiativeDetails details = new InitiativeDetails(null, "1", InitiativeKind.values()[0], "Natteravne",
                "<p>Beskrivelse</p>", null, null, null, "Tryghed", organisation, "Lene Holm", leadUser,
                new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), List.of(), List.of(), List.of(),
                List.of(), null, Visibility.INTERNAL);
        return Initiative.create(STRATEGY, details, 1, Instant.parse("2026-01-05T10:00:00Z"));
    }

    @Test
    void an_editor_of_the_responsible_organisation_or_of_the_unit_above_it_may_edit_and_report() {
        assertThat(permissions.mayEdit(responsibleIs(OWNER, null), editor())).isTrue();
        assertThat(permissions.mayEdit(responsibleIs(OWNER_UNIT, null), editor())).isTrue();
        assertThat(permissions.mayReport(responsibleIs(OWNER, null), editor())).isTrue();
    }

    @Test
    void an_editor_of_another_organisation_may_not_edit_the_initiative() {
        assertThat(permissions.mayEdit(responsibleIs(OWNER, null), outsider())).isFalse();
        assertThat(permissions.mayReport(responsibleIs(OWNER, null), outsider())).isFalse();
    }

    @Test
    void the_strategys_coordinator_and_administrators_may_edit_whoever_is_responsible() {
        assertThat(permissions.mayEdit(responsibleIs(OUTSIDE, null), coordinator())).isTrue();
        assertThat(permissions.mayEdit(responsibleIs(OUTSIDE, null), admin())).isTrue();
    }

    @Test
    void a_reader_of_the_responsible_organisation_may_not_edit_but_reports_when_they_are_its_lead() {
        Viewer reader = reader();
        assertThat(permissions.mayEdit(responsibleIs(OWNER, null), reader)).isFalse();
        assertThat(permissions.mayReport(responsibleIs(OWNER, null), reader)).isFalse();
        assertThat(permissions.mayReport(responsibleIs(OWNER, reader.userId()), reader)).isTrue();
    }

    @Test
    void the_public_never_reports_even_for_an_initiative_without_a_lead() {
        assertThat(permissions.mayReport(responsibleIs(OWNER, null), anonymous())).isFalse();
    }

    @Test
    void an_editor_may_not_hand_an_initiative_over_to_an_organisation_they_do_not_act_for() {
        assertThat(permissions.mayUpdate(responsibleIs(OWNER, null), OUTSIDE, editor())).isFalse();
        assertThat(permissions.mayUpdate(responsibleIs(OWNER, null), OWNER_UNIT, editor())).isTrue();
        assertThat(permissions.mayUpdate(responsibleIs(OWNER, null), OUTSIDE, coordinator())).isTrue();
    }

    @Test
    void the_new_form_is_offered_to_editors_and_the_strategys_coordinators() {
        assertThat(permissions.mayOpenNewForm(STRATEGY, outsider())).isTrue();
        assertThat(permissions.mayOpenNewForm(STRATEGY, coordinator())).isTrue();
        assertThat(permissions.mayOpenNewForm(OTHER_STRATEGY, coordinator())).isFalse();
        assertThat(permissions.mayOpenNewForm(STRATEGY, reader())).isFalse();
    }

    @Test
    void only_the_strategys_coordinators_and_administrators_coordinate_its_rounds() {
        assertThat(permissions.mayCoordinate(STRATEGY, coordinator())).isTrue();
        assertThat(permissions.mayCoordinate(STRATEGY, admin())).isTrue();
        assertThat(permissions.mayCoordinate(OTHER_STRATEGY, coordinator())).isFalse();
        assertThat(permissions.mayCoordinate(STRATEGY, editor())).isFalse();
        assertThatThrownBy(() -> permissions.requireCoordinate(STRATEGY, editor())).isInstanceOf(ForbiddenException.class);
    }
}
