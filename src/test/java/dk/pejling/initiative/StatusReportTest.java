package dk.pejling.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The status report guards its own steps and returns the revision of each: plain tests, no Spring. */
class StatusReportTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-12T09:00:00Z");
    private static final List<StatusOption> LEGEND = StatusOption.DEFAULT;
    private static final StatusInput IN_PROGRESS = new StatusInput("i-gang", "<p>Godt i gang</p>", 40);

    private final ReportingRound round = ReportingRound.open(UUID.randomUUID(), "Status pr. 1. marts",
            LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15), List.of(UUID.randomUUID()), "koordinator", NOW);

    private StatusReport submitted() {
        return StatusReport.first(round, UUID.randomUUID(), IN_PROGRESS, LEGEND, "ejer", NOW).report();
    }

    private void lock(ReportingRound r) {
        r.approve(new RoundProgress(1, 0, 1), false, "koordinator", NOW);
    }

    @Test
    void aFirstSubmissionIsRecordedAsRevisionOne() {
        StatusReport.Submitted first = StatusReport.first(round, UUID.randomUUID(), IN_PROGRESS, LEGEND, "ejer", NOW);
        assertThat(first.report().state()).isEqualTo(ReportState.SUBMITTED);
        assertThat(first.revision().reportId()).isEqualTo(first.report().id());
        assertThat(first.revision().revision()).isEqualTo(1);
        assertThat(first.revision().action()).isEqualTo("SUBMITTED");
        assertThat(first.revision().statusCode()).isEqualTo("i-gang");
        assertThat(first.revision().actor()).isEqualTo("ejer");
    }

    @Test
    void nothingIsSubmittedToALockedRound() {
        lock(round);
        assertThatThrownBy(() -> StatusReport.first(round, UUID.randomUUID(), IN_PROGRESS, LEGEND, "ejer", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("round"));
    }

    @Test
    void aStatusOutsideTheStrategysLegendIsRefused() {
        assertThatThrownBy(() -> StatusReport.first(round, UUID.randomUUID(), new StatusInput("groen", null, null),
                LEGEND, "ejer", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("status", "'groen' is not a status of this strategy"));
    }

    @Test
    void aStatusThatNeedsANoteIsRefusedWithMarkupOnly() {
        assertThatThrownBy(() -> StatusReport.first(round, UUID.randomUUID(), new StatusInput("afventer", "<p> </p>", null),
                LEGEND, "ejer", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("comment"));
    }

    @Test
    void sendingBackNeedsAComment() {
        StatusReport report = submitted();
        assertThatThrownBy(() -> report.review(round, false, "  ", "koordinator", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("comment"));
        assertThat(report.state()).isEqualTo(ReportState.SUBMITTED);
    }

    @Test
    void sendingBackIsRecordedWithItsComment() {
        StatusReport report = submitted();
        StatusReportRevision revision = report.review(round, false, " Skriv mere ", "koordinator", NOW);
        assertThat(revision.action()).isEqualTo("RETURNED");
        assertThat(revision.note()).isEqualTo("Skriv mere");
        assertThat(revision.revision()).isEqualTo(1);
        assertThat(report.state()).isEqualTo(ReportState.RETURNED);
    }

    @Test
    void approvingKeepsNoEmptyComment() {
        StatusReport report = submitted();
        StatusReportRevision revision = report.review(round, true, "   ", "koordinator", NOW);
        assertThat(report.state()).isEqualTo(ReportState.APPROVED);
        assertThat(report.reviewComment()).isNull();
        assertThat(revision.action()).isEqualTo("APPROVED");
        assertThat(revision.note()).isNull();
    }

    @Test
    void anApprovedOrReturnedReportIsNotReviewedAgain() {
        StatusReport approved = submitted();
        approved.review(round, true, null, "koordinator", NOW);
        assertThatThrownBy(() -> approved.review(round, false, "Skriv mere", "koordinator", NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThat(approved.state()).isEqualTo(ReportState.APPROVED);

        StatusReport returned = submitted();
        returned.review(round, false, "Skriv mere", "koordinator", NOW);
        assertThatThrownBy(() -> returned.review(round, true, null, "koordinator", NOW)).isInstanceOf(InvalidInputException.class);
        assertThat(returned.reviewComment()).isEqualTo("Skriv mere");
    }

    @Test
    void aReportOfALockedRoundIsNotReviewed() {
        StatusReport report = submitted();
        lock(round);
        assertThatThrownBy(() -> report.review(round, true, null, "koordinator", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("round"));
        assertThat(report.state()).isEqualTo(ReportState.SUBMITTED);
    }

    @Test
    void aResubmittedReportCanBeReviewedAgain() {
        StatusReport report = submitted();
        report.review(round, false, "Skriv mere", "koordinator", NOW);
        StatusReportRevision resubmitted = report.resubmit(round, new StatusInput("i-gang", "<p>Mere</p>", 50), LEGEND, "ejer", LATER);
        assertThat(resubmitted.revision()).isEqualTo(2);
        assertThat(resubmitted.progress()).isEqualTo(50);
        report.review(round, true, null, "koordinator", LATER);
        assertThat(report.state()).isEqualTo(ReportState.APPROVED);
        assertThat(report.revision()).isEqualTo(2);
    }

    @Test
    void anApprovedReportIsNotResubmitted() {
        StatusReport report = submitted();
        report.review(round, true, null, "koordinator", NOW);
        assertThatThrownBy(() -> report.resubmit(round, IN_PROGRESS, LEGEND, "ejer", LATER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("state"));
        assertThat(report.revision()).isEqualTo(1);
    }

    @Test
    void aReportOfALockedRoundIsNotResubmitted() {
        StatusReport report = submitted();
        report.review(round, false, "Skriv mere", "koordinator", NOW);
        lock(round);
        assertThatThrownBy(() -> report.resubmit(round, IN_PROGRESS, LEGEND, "ejer", LATER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("round"));
        assertThat(report.state()).isEqualTo(ReportState.RETURNED);
    }

    @Test
    void aCorrectionAfterLockingIsANewApprovedVersionWithItsReason() {
        StatusReport report = submitted();
        report.review(round, true, null, "koordinator", NOW);
        lock(round);
        StatusReportRevision correction = report.correct(round, new StatusInput("afventer", "<p>Udsat til 2027</p>", 40),
                LEGEND, "  Forkert status  ", "koordinator", LATER);
        assertThat(report.state()).isEqualTo(ReportState.APPROVED);
        assertThat(report.revision()).isEqualTo(2);
        assertThat(report.statusCode()).isEqualTo("afventer");
        assertThat(correction.action()).isEqualTo("CORRECTED");
        assertThat(correction.note()).isEqualTo("Forkert status");
        assertThat(correction.happenedAt()).isEqualTo(LATER);
    }

    @Test
    void aCorrectionNeedsALockedRoundAndAReason() {
        StatusReport report = submitted();
        assertThatThrownBy(() -> report.correct(round, IN_PROGRESS, LEGEND, "Forkert", "koordinator", LATER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("round"));
        lock(round);
        assertThatThrownBy(() -> report.correct(round, IN_PROGRESS, LEGEND, " ", "koordinator", LATER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("reason"));
        assertThat(report.revision()).isEqualTo(1);
        assertThat(report.state()).isEqualTo(ReportState.SUBMITTED);
    }

    @Test
    void aReportIsNeverChangedThroughAnotherRound() {
        StatusReport report = submitted();
        ReportingRound other = ReportingRound.open(UUID.randomUUID(), "Status pr. 1. september", LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 15), List.of(UUID.randomUUID()), "koordinator", NOW);
        assertThatThrownBy(() -> report.review(other, true, null, "koordinator", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(report.state()).isEqualTo(ReportState.SUBMITTED);
    }
}
