package dk.pejling.proceedings;

import static dk.pejling.proceedings.ProceedingsTestData.SECRET_DECISION;
import static dk.pejling.proceedings.ProceedingsTestData.SECRET_DESCRIPTION;
import static dk.pejling.proceedings.ProceedingsTestData.SECRET_PURCHASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import dk.pejling.shared.ForbiddenException;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyService;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the proceedings pages' read models hold for the public, a signed-in editor who is not the committee's
 * secretariat, and an administrator: minutes with two closed items (4 and 5) whose content is secret, one of
 * them linked to a public strategy. Each secret is looked for in the whole model (its records' text), so a
 * field added later cannot carry it past these checks; the administrator's model holds it, so each check can fail.
 * Where a model gathers items of other tests' minutes too (search, political history), only the closed items are
 * searched: another test reopens its copy of the item, and an open item's text is public.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProceedingsReadModelsTest {

    static final List<String> SECRETS = List.of(SECRET_DESCRIPTION, SECRET_DECISION, SECRET_PURCHASE);

    @Autowired
    ProceedingsReadModels readModels;
    @Autowired
    ProceedingsTestData data;
    @Autowired
    Meetings meetings;
    @Autowired
    MinutesImportService imports;
    @Autowired
    StrategyService strategies;
    @Autowired
    TestUsers users;

    ProceedingsTestData.Imported imported;
    UUID meeting;
    UUID closedCase;
    StrategyId strategy;
    Viewer anonymous = Viewer.anonymous();
    Viewer editor;
    Viewer admin;

    @BeforeAll
    void minutesWithAClosedItemLinkedToAStrategy() throws Exception {
        imported = data.importWithClosedItems();
        meeting = imported.recorded().meeting().id();
        AgendaItem closed = imported.item(3);
        assertThat(closed.closed()).isTrue();
        closedCase = meetings.item(closed.id(), ProceedingsTestData.EDITOR).caseId();
        strategy = strategies.getBySlug("tryg-aalborg-2014-2017", ProceedingsTestData.EDITOR).id();
        meetings.editItem(closed.id(), closed.version(), SECRET_DECISION, null, null,
                Set.of(new ItemLink(LinkKind.STRATEGY, strategy.value())), ProceedingsTestData.EDITOR);
        editor = users.viewerOf(users.create(Role.EDITOR).principal());
        admin = users.viewerOf(users.create(Role.ADMIN).principal());
    }

    @Test
    void aMeetingsClosedItemsReachThePublicAndAnEditorOnlyRedacted() {
        for (Viewer viewer : List.of(anonymous, editor)) {
            MeetingPage page = readModels.meeting(meeting, true, viewer);

            assertThat(page.closed()).extracting(AgendaItemView::number).containsExactly("4", "5");
            assertThat(page.closed()).allMatch(AgendaItemView::redacted);
            assertThat(page.open()).noneMatch(AgendaItemView::closed).hasSize(page.items().size() - 2);
            assertThat(page.linked()).as("a closed item's links are its content").doesNotContainKey(strategy.value());
            SECRETS.forEach(secret -> assertThat(page.toString()).as(viewer.name()).doesNotContainIgnoringCase(secret));
        }
    }

    @Test
    void anAdministratorsMeetingModelHoldsTheClosedContentAndNamesTheLinkedStrategy() {
        MeetingPage page = readModels.meeting(meeting, true, admin);

        assertThat(page.closed()).noneMatch(AgendaItemView::redacted);
        assertThat(page.toString()).contains(SECRET_DESCRIPTION, SECRET_DECISION, SECRET_PURCHASE);
        assertThat(page.linked()).containsKey(strategy.value());
        assertThat(page.linked().get(strategy.value()).title()).isEqualTo(strategies.get(strategy, admin).title());
        assertThat(page.committee().id()).isEqualTo(page.meeting().committeeId());
        assertThat(readModels.meeting(meeting, false, admin).minutes()).as("?visning=dagsorden").isFalse();
    }

    @Test
    void aCaseTreatedOnlyBehindClosedDoorsIsNoModelForThePublic() {
        assertThatThrownBy(() -> readModels.proceedingsCase(closedCase, anonymous)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> readModels.proceedingsCase(closedCase, editor)).isInstanceOf(NotFoundException.class);

        CasePage page = readModels.proceedingsCase(closedCase, admin);
        assertThat(page.proceedingsCase().id()).isEqualTo(closedCase);
        assertThat(page.treatments()).isNotEmpty();
        assertThat(page.toString()).contains(SECRET_DECISION);
    }

    @Test
    void aStrategysPoliticalHistoryHoldsTheClosedDecisionOnlyForTheAdministrator() {
        PoliticalHistoryPage forAdmin = readModels.politicalHistory(strategy, admin);
        assertThat(forAdmin.strategy().id()).isEqualTo(strategy);
        assertThat(forAdmin.toString()).contains(SECRET_DECISION);

        for (Viewer viewer : List.of(anonymous, editor)) {
            List<AgendaItemView> closed = readModels.politicalHistory(strategy, viewer).treatments().stream()
                    .map(Treatment::item).filter(AgendaItemView::closed).toList();
            assertThat(closed).as(viewer.name()).allMatch(AgendaItemView::redacted);
            SECRETS.forEach(secret -> assertThat(closed.toString()).as(viewer.name()).doesNotContainIgnoringCase(secret));
        }
    }

    @Test
    void theCommitteesPageNamesEveryCommitteeAndOffersTheImportOnlyToEditingRoles() {
        CommitteesPage page = readModels.committees(null, 0, anonymous);

        assertThat(page.committeeNames()).containsValue(imported.committee());
        assertThat(page.results()).as("no search without words").isNull();
        assertThat(page.canEdit()).isFalse();
        assertThat(readModels.committees(" ", 0, editor).canEdit()).isTrue();
        assertThat(readModels.committees(" ", 0, editor).results()).isNull();
    }

    @Test
    void aSearchFindsAClosedItemsTitleButItsContentOnlyForTheAdministrator() {
        CommitteesPage forAdmin = readModels.committees("hemmelig", 0, admin);
        assertThat(forAdmin.results().items()).extracting(AgendaItemView::decision).contains(SECRET_DECISION);

        CommitteesPage forPublic = readModels.committees("personalesag", 0, anonymous);
        List<AgendaItemView> closed = forPublic.results().items().stream().filter(AgendaItemView::closed).toList();
        assertThat(closed).extracting(AgendaItemView::title).anyMatch(t -> t.contains("Personalesag"));
        assertThat(closed).allMatch(AgendaItemView::redacted);
        SECRETS.forEach(secret -> assertThat(closed.toString()).doesNotContainIgnoringCase(secret));
    }

    @Test
    void aMinutesDraftWithItsItemsIsItsUploadersAndNobodyElses() throws Exception {
        String text = MinutesParserTest.resource("proceedings/socialudvalget-2024-03-12.txt");
        MinutesImportService.Draft draft = imports.preview(text.getBytes(StandardCharsets.UTF_8), "referat.txt",
                ProceedingsTestData.EDITOR);

        MinutesReviewPage review = readModels.minutesReview(draft.id(), ProceedingsTestData.EDITOR);
        assertThat(review.draft().id()).isEqualTo(draft.id());
        assertThat(review.confidence()).isNotNull();
        assertThat(review.bodies()).isNotEmpty();
        assertThat(review.item()).isNull();

        MinutesReviewPage item = readModels.minutesReview(draft.id(), "4", ProceedingsTestData.EDITOR);
        assertThat(item.item().number()).isEqualTo("4");
        assertThat(item.item().closed()).isTrue();
        assertThat(item.last()).isFalse();
        assertThat(item.itemConfidence()).isNotNull();
        assertThat(readModels.minutesReview(draft.id(), "5", ProceedingsTestData.EDITOR).last()).isTrue();
        assertThat(readModels.minutesReview(draft.id(), "99", ProceedingsTestData.EDITOR).item()).isNull();

        // The draft holds the closed items' content: another editor does not learn it exists, a reader keeps no proceedings.
        assertThatThrownBy(() -> readModels.minutesReview(draft.id(), editor)).isInstanceOf(NotFoundException.class);
        Viewer reader = users.viewerOf(users.create(Role.READER).principal());
        assertThatThrownBy(() -> readModels.minutesReview(draft.id(), reader)).isInstanceOf(ForbiddenException.class);
        assertThat(readModels.minutesReview(draft.id(), admin).draft().id()).isEqualTo(draft.id());
    }
}
