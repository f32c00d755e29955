package dk.pejling.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.Viewer;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the round pages' read models hold for a coordinator, an owner and an outsider: a public strategy with
 * two public initiatives that reported and one internal initiative that has not, in a round that follows an
 * earlier one.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundReadModelsTest {

    @Autowired
    RoundReadModels readModels;
    @Autowired
    RoundApi api;
    @Autowired
    TestUsers users;

    Viewer coordinator;
    Viewer owner;
    Viewer outsider;
    String earlier;
    String round;
    UUID reported;
    UUID alsoReported;
    UUID internalMissing;

    @BeforeAll
    void aRoundWithTwoReportsAndOneMissing() throws Exception {
        RoundApi.Setup setup = api.coordinator();
        String strategy = api.strategy(setup, "PUBLIC");
        reported = UUID.fromString(api.initiative(setup, strategy, "PUBLIC"));
        alsoReported = UUID.fromString(api.initiative(setup, strategy, "PUBLIC"));
        internalMissing = UUID.fromString(api.initiative(setup, strategy, "INTERNAL"));
        earlier = JsonPath.read(api.call(post("/api/v1/reporting-rounds"), setup.coordinator(), """
                {"strategyId": "%s", "title": "Efterår", "asOf": "2025-09-01", "dueDate": "2025-09-15"}""".formatted(strategy))
                .getResponse().getContentAsString(), "$.id");
        api.report(setup, reported.toString(), earlier, "afventer");
        round = api.round(setup, strategy);
        api.report(setup, reported.toString(), round, "i-gang");
        api.report(setup, alsoReported.toString(), round, "i-gang");

        coordinator = users.viewerOf(setup.coordinator().principal());
        // an editor of the responsible organisation owns the initiatives but does not coordinate the strategy
        owner = users.viewerOf(users.create(Role.EDITOR, UUID.fromString(setup.politi())).principal());
        outsider = users.viewerOf(users.create(Role.READER).principal());
    }

    @Test
    void aCoordinatorSeesTheWholeRoundWithTheInternalInitiativeAndMayRunIt() {
        RoundPage page = readModels.roundOverview(UUID.fromString(round), RoundOverview.Filter.everything(), coordinator);

        assertThat(page.canCoordinate()).isTrue();
        assertThat(page.round().id()).isEqualTo(UUID.fromString(round));
        assertThat(page.strategy().id().value()).isEqualTo(page.round().strategyId());
        assertThat(page.overview().rows()).extracting(OverviewRow::initiativeId)
                .containsExactlyInAnyOrder(reported, alsoReported, internalMissing);
        assertThat(page.progress()).isEqualTo(new RoundProgress(3, 2, 0));
        assertThat(page.organisations()).isNotEmpty();
    }

    @Test
    void anOutsiderCountsOnlyThePublicInitiativesAndIsNotOfferedToRunTheRound() {
        RoundPage page = readModels.roundOverview(UUID.fromString(round), RoundOverview.Filter.everything(), outsider);

        assertThat(page.canCoordinate()).isFalse();
        assertThat(page.overview().rows()).extracting(OverviewRow::initiativeId)
                .containsExactlyInAnyOrder(reported, alsoReported);
        assertThat(page.progress()).isEqualTo(new RoundProgress(2, 2, 0));
        assertThat(page.overview().notReportedCount()).isZero();
    }

    @Test
    void aRoundWithAMissingReportListsItUnderNotReported() {
        RoundPage page = readModels.roundOverview(UUID.fromString(round),
                new RoundOverview.Filter(null, RoundOverview.NOT_REPORTED, 0, 100), coordinator);

        assertThat(page.status()).isEqualTo(RoundOverview.NOT_REPORTED);
        assertThat(page.organisation()).isNull();
        assertThat(page.overview().rows()).extracting(OverviewRow::initiativeId).containsExactly(internalMissing);
        assertThat(page.overview().notReportedCount()).isEqualTo(1);
        // the progress is the whole round's, whatever the filter shows
        assertThat(page.progress().missing()).isEqualTo(1);
        assertThat(page.progress().initiatives()).isEqualTo(3);
    }

    @Test
    void theOwnerMayReportAndSeesTheEarlierRoundButIsNotOfferedTheReview() {
        ReportPage page = readModels.initiativeReport(UUID.fromString(round), reported, owner);

        assertThat(page.mayReport()).isTrue();
        assertThat(page.canCoordinate()).isFalse();
        assertThat(page.nextToReview()).isNull();
        assertThat(page.report().statusCode()).isEqualTo("i-gang");
        assertThat(page.currentOption().code()).isEqualTo("i-gang");
        assertThat(page.history()).hasSize(1);
        assertThat(page.previous().round().id()).isEqualTo(UUID.fromString(earlier));
        assertThat(page.previous().report().statusCode()).isEqualTo("afventer");
    }

    @Test
    void aReaderMayNeitherReportNorReview() {
        ReportPage page = readModels.initiativeReport(UUID.fromString(round), reported, outsider);

        assertThat(page.mayReport()).isFalse();
        assertThat(page.canCoordinate()).isFalse();
        assertThat(page.nextToReview()).isNull();
    }

    @Test
    void theCoordinatorIsLedFromOneWaitingReportToTheNextAndBackToTheFirst() {
        assertThat(readModels.initiativeReport(UUID.fromString(round), reported, coordinator).nextToReview())
                .isEqualTo(alsoReported);
        assertThat(readModels.initiativeReport(UUID.fromString(round), alsoReported, coordinator).nextToReview())
                .isEqualTo(reported);
        // from an initiative without a report, the first waiting one is next
        assertThat(readModels.initiativeReport(UUID.fromString(round), internalMissing, coordinator).nextToReview())
                .isIn(reported, alsoReported);
    }

    @Test
    void anInitiativeThatHasNotReportedHasNoReportHistoryOrEarlierStatus() {
        ReportPage page = readModels.initiativeReport(UUID.fromString(round), internalMissing, coordinator);

        assertThat(page.report()).isNull();
        assertThat(page.currentOption()).isNull();
        assertThat(page.history()).isEmpty();
        assertThat(page.previous()).isNull();
        assertThat(page.mayReport()).isTrue();
    }

    @Test
    void anInternalInitiativesReportIsNotFoundForAnOutsider() {
        assertThatThrownBy(() -> readModels.initiativeReport(UUID.fromString(round), internalMissing, outsider))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theHistoryNamesStatusesInThePagesLanguage() {
        ReportPage page = readModels.initiativeReport(UUID.fromString(round), reported, owner);

        assertThat(page.labels(Locale.forLanguageTag("da"))).containsEntry("i-gang", "I gang eller gennemført");
        assertThat(page.labels(Locale.ENGLISH)).containsEntry("i-gang", "In progress or completed");
    }
}
