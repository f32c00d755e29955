package dk.pejling.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import dk.pejling.shared.ForbiddenException;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.StrategyId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the initiative pages' read models hold for the strategy's coordinator and for a reader: a public
 * strategy with a public initiative, its part, and an internal initiative.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InitiativeReadModelsTest {

    @Autowired
    InitiativeReadModels readModels;
    @Autowired
    RoundApi api;
    @Autowired
    TestUsers users;

    Viewer coordinator;
    Viewer reader;
    UUID politi;
    StrategyId strategy;
    UUID parent;
    UUID part;
    UUID internal;

    @BeforeAll
    void aStrategyWithAPartAndAnInternalInitiative() throws Exception {
        RoundApi.Setup setup = api.coordinator();
        String strategyId = api.strategy(setup, "PUBLIC");
        strategy = new StrategyId(UUID.fromString(strategyId));
        politi = UUID.fromString(setup.politi());
        parent = UUID.fromString(api.initiative(setup, strategyId, "PUBLIC"));
        part = UUID.fromString(api.childInitiative(setup, strategyId, parent.toString()));
        internal = UUID.fromString(api.initiative(setup, strategyId, "INTERNAL"));
        api.round(setup, strategyId);
        coordinator = users.viewerOf(setup.coordinator().principal());
        reader = users.viewerOf(users.create(Role.READER).principal());
    }

    @Test
    void theCoordinatorSeesEveryInitiativeAsATreeAndMayAddAndOpenRounds() {
        InitiativeListPage page = readModels.strategyInitiatives(strategy, coordinator);

        assertThat(page.canCoordinate()).isTrue();
        assertThat(page.canEdit()).isTrue();
        assertThat(page.rows()).extracting(r -> r.initiative().id().value()).containsExactlyInAnyOrder(parent, part, internal);
        int parentAt = indexOf(page, parent);
        assertThat(page.rows().get(parentAt + 1).initiative().id().value()).as("the part follows its parent").isEqualTo(part);
        assertThat(page.rows().get(parentAt + 1).depth()).isEqualTo(page.rows().get(parentAt).depth() + 1);
        assertThat(page.rounds()).hasSize(1);
        assertThat(page.names()).containsKey(politi);
    }

    @Test
    void aReaderSeesOnlyThePublicInitiativesAndIsOfferedNoChanges() {
        InitiativeListPage page = readModels.strategyInitiatives(strategy, reader);

        assertThat(page.canCoordinate()).isFalse();
        assertThat(page.canEdit()).isFalse();
        assertThat(page.rows()).extracting(r -> r.initiative().id().value()).containsExactlyInAnyOrder(parent, part);
    }

    @Test
    void anInitiativesPageNamesItsOrganisationAndListsItsParts() {
        InitiativePage forCoordinator = readModels.initiative(new InitiativeId(parent), coordinator);
        InitiativePage forReader = readModels.initiative(new InitiativeId(parent), reader);

        assertThat(forCoordinator.canEdit()).isTrue();
        assertThat(forReader.canEdit()).isFalse();
        assertThat(forReader.strategy().id()).isEqualTo(strategy);
        assertThat(forReader.names()).containsKey(politi);
        assertThat(forReader.parts()).extracting(i -> i.id().value()).containsExactly(part);
        assertThat(forReader.history()).isEmpty();
    }

    @Test
    void theFormsAreRefusedAsTheirPagesWereAndWhatTheViewerMayNotSeeIsNotFoundFirst() {
        assertThatThrownBy(() -> readModels.newInitiativeForm(strategy, reader)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> readModels.initiativeForm(new InitiativeId(parent), reader)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> readModels.initiativeForm(new InitiativeId(internal), reader)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> readModels.newInitiativeForm(new StrategyId(UUID.randomUUID()), reader))
                .isInstanceOf(NotFoundException.class);

        Viewer editor = users.viewerOf(users.create(Role.EDITOR).principal());
        assertThat(readModels.newInitiativeForm(strategy, editor).strategy().id())
                .as("any editor opens the empty form; the save checks the organisation").isEqualTo(strategy);
    }

    @Test
    void theEditFormNeverOffersTheInitiativeAsItsOwnParent() {
        InitiativeFormPage edit = readModels.initiativeForm(new InitiativeId(parent), coordinator);
        InitiativeFormPage fresh = readModels.newInitiativeForm(strategy, coordinator);

        assertThat(edit.initiative().id().value()).isEqualTo(parent);
        assertThat(edit.parents()).extracting(i -> i.id().value()).containsExactlyInAnyOrder(part, internal);
        assertThat(fresh.initiative()).isNull();
        assertThat(fresh.parents()).extracting(i -> i.id().value()).containsExactlyInAnyOrder(parent, part, internal);
        assertThat(fresh.organisations()).isNotEmpty();
    }

    private static int indexOf(InitiativeListPage page, UUID id) {
        for (int i = 0; i < page.rows().size(); i++) {
            if (page.rows().get(i).initiative().id().value().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("not listed: " + id);
    }
}
