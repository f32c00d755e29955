package dk.pejling.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The reporting round guards its own rules: plain tests, no Spring. */
class ReportingRoundTest {

    private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");
    private static final List<UUID> FOUR = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    private static ReportingRound open() {
        return ReportingRound.open(UUID.randomUUID(), "Status pr. 1. marts", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 15), FOUR, "koordinator", NOW);
    }

    @Test
    void refusesADueDateBeforeTheStatusDate() {
        assertThatThrownBy(() -> ReportingRound.open(UUID.randomUUID(), "Status", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 2, 28), FOUR, "koordinator", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("dueDate", "must not be before the status date"));
    }

    @Test
    void acceptsADueDateOnTheStatusDate() {
        assertThat(ReportingRound.open(UUID.randomUUID(), "Status", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1),
                FOUR, "koordinator", NOW).state()).isEqualTo(RoundState.OPEN);
    }

    @Test
    void lockingARoundWithMissingReportsNeedsConfirmation() {
        ReportingRound round = open();
        RoundProgress noneReported = new RoundProgress(4, 0, 0);
        assertThatThrownBy(() -> round.approve(noneReported, false, "koordinator", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("lockWithMissing", "4 initiatives have not reported; confirm to lock the round without them"));
        assertThat(round.locked()).isFalse();

        ReportingRound.Locked locked = round.approve(noneReported, true, "koordinator", NOW);
        assertThat(round.locked()).isTrue();
        assertThat(round.approvedBy()).isEqualTo("koordinator");
        assertThat(locked.lockedWithoutReport()).isEqualTo(4);
        assertThat(locked.roundId()).isEqualTo(round.id());
        assertThat(locked.at()).isEqualTo(NOW);
    }

    @Test
    void locksWithoutConfirmationWhenEveryReportIsApproved() {
        ReportingRound round = open();
        ReportingRound.Locked locked = round.approve(new RoundProgress(4, 0, 4), false, "koordinator", NOW);
        assertThat(round.locked()).isTrue();
        assertThat(locked.lockedWithoutReport()).isZero();
    }

    @Test
    void refusesToLockWhileReportsWaitForReviewEvenWhenConfirmed() {
        ReportingRound round = open();
        assertThatThrownBy(() -> round.approve(new RoundProgress(4, 2, 2), true, "koordinator", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("state", "2 reports still wait for review"));
        assertThat(round.locked()).isFalse();
    }

    @Test
    void refusesToLockALockedRoundAgain() {
        ReportingRound round = open();
        round.approve(new RoundProgress(4, 0, 4), false, "koordinator", NOW);
        assertThatThrownBy(() -> round.approve(new RoundProgress(4, 0, 4), false, "en anden", NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThat(round.approvedBy()).isEqualTo("koordinator");
    }

    @Test
    void openingNeedsATitleDatesAndInitiatives() {
        assertThatThrownBy(() -> ReportingRound.open(UUID.randomUUID(), " ", null, null, List.of(), "koordinator", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("title", "asOf", "dueDate", "strategyId"));
    }

    @Test
    void anOpenedRoundCountsItsInitiativesAndTakesReports() {
        ReportingRound round = open();
        assertThat(round.initiativeCount()).isEqualTo(4);
        assertThat(round.locked()).isFalse();
        assertThat(round.title()).isEqualTo("Status pr. 1. marts");
        assertThat(round.openedBy()).isEqualTo("koordinator");
    }

    @Test
    void aReturnedReportCountsAsMissing() {
        OverviewRow returned = row(ReportState.RETURNED);
        OverviewRow waiting = row(ReportState.SUBMITTED);
        OverviewRow approved = row(ReportState.APPROVED);
        OverviewRow none = row(null);
        RoundProgress progress = RoundProgress.of(List.of(returned, waiting, approved, none));
        assertThat(progress.missing()).isEqualTo(2);
        assertThat(progress.reported()).isEqualTo(2);
    }

    private static OverviewRow row(ReportState state) {
        return new OverviewRow(UUID.randomUUID(), "1", "Indsats", null, null, null, dk.pejling.shared.Visibility.PUBLIC,
                state == null ? null : UUID.randomUUID(), state == null ? null : "i-gang", state, null, null, null, null,
                state == null ? null : 0L);
    }
}
