package dk.pejling.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.shared.InvalidInputException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The status report guards its review: plain tests, no Spring. */
class StatusReportRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    private static StatusReport submitted() {
        return StatusReport.first(UUID.randomUUID(), UUID.randomUUID(), new StatusInput("i-gang", "<p>Godt i gang</p>", 40),
                "ejer", NOW);
    }

    @Test
    void sendingBackNeedsAComment() {
        StatusReport report = submitted();
        assertThatThrownBy(() -> report.review(false, "  ", "koordinator", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("comment"));
        assertThat(report.state()).isEqualTo(ReportState.SUBMITTED);
    }

    @Test
    void approvingKeepsNoEmptyComment() {
        StatusReport report = submitted();
        report.review(true, "   ", "koordinator", NOW);
        assertThat(report.state()).isEqualTo(ReportState.APPROVED);
        assertThat(report.reviewComment()).isNull();
    }

    @Test
    void anApprovedOrReturnedReportIsNotReviewedAgain() {
        StatusReport approved = submitted();
        approved.review(true, null, "koordinator", NOW);
        assertThatThrownBy(() -> approved.review(false, "Skriv mere", "koordinator", NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThat(approved.state()).isEqualTo(ReportState.APPROVED);

        StatusReport returned = submitted();
        returned.review(false, "Skriv mere", "koordinator", NOW);
        assertThatThrownBy(() -> returned.review(true, null, "koordinator", NOW)).isInstanceOf(InvalidInputException.class);
        assertThat(returned.reviewComment()).isEqualTo("Skriv mere");
    }

    @Test
    void aResubmittedReportCanBeReviewedAgain() {
        StatusReport report = submitted();
        report.review(false, "Skriv mere", "koordinator", NOW);
        report.resubmit(new StatusInput("i-gang", "<p>Mere</p>", 50), "ejer", NOW);
        report.review(true, null, "koordinator", NOW);
        assertThat(report.state()).isEqualTo(ReportState.APPROVED);
        assertThat(report.revision()).isEqualTo(2);
    }
}
