package dk.pejling.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.initiative.Initiative.Aspect;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Period;
import dk.pejling.shared.Visibility;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An initiative changes by meaningful revisions and says which happened: plain tests, no Spring. */
class InitiativeTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-01-06T10:00:00Z");
    private static final UUID STRATEGY = UUID.randomUUID();
    private static final UUID SOCIAL = UUID.randomUUID();
    private static final UUID SCHOOLS = UUID.randomUUID();
    private static final UUID GOAL = UUID.randomUUID();

    private static InitiativeDetails details(String title, UUID responsible, Period period, List<UUID> goals,
                                             Visibility visibility) {
        return new InitiativeDetails(null, "15.5", InitiativeKind.values()[0], title, "<p>Beskrivelse</p>", null, null,
                null, "Tryghed", responsible, "Lene Holm", null, period, goals,
                List.of(new Partner(SCHOOLS, "partner", new BigDecimal("10"))), List.of(), List.of(), null, visibility);
    }

    private static final InitiativeDetails BASE = details("Natteravne i Vejgaard", SOCIAL,
            new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), List.of(GOAL), Visibility.PUBLIC);

    @Test
    void aNewInitiativeTakesItsDetailsAndOrder() {
        Initiative i = Initiative.create(STRATEGY, BASE, 3, NOW);
        assertThat(i.strategyId()).isEqualTo(STRATEGY);
        assertThat(i.label()).isEqualTo("15.5 Natteravne i Vejgaard");
        assertThat(i.responsibleId()).isEqualTo(SOCIAL);
        assertThat(i.goalIds()).containsExactly(GOAL);
        assertThat(i.partners()).hasSize(1);
        assertThat(i.order()).isEqualTo(3);
        assertThat(i.createdAt()).isEqualTo(NOW);
    }

    @Test
    void savingTheSameDetailsAgainChangesNothing() {
        Initiative i = Initiative.create(STRATEGY, BASE, 3, NOW);
        assertThat(i.revise(BASE, 3, LATER)).isEmpty();
    }

    @Test
    void handingOverToAnotherOrganisationIsAChangeOfResponsibilityOnly() {
        Initiative i = Initiative.create(STRATEGY, BASE, 3, NOW);
        assertThat(i.revise(details("Natteravne i Vejgaard", SCHOOLS, BASE.period(), List.of(GOAL), Visibility.PUBLIC), 3, LATER))
                .containsExactly(Aspect.RESPONSIBILITY);
        assertThat(i.responsibleId()).isEqualTo(SCHOOLS);
        assertThat(i.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void eachKindOfChangeIsNamed() {
        Initiative i = Initiative.create(STRATEGY, BASE, 3, NOW);
        InitiativeDetails changed = details("Natteravne i hele Aalborg", SOCIAL,
                new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 6, 30)), List.of(), Visibility.INTERNAL);
        assertThat(i.revise(changed, 4, LATER)).containsExactlyInAnyOrder(Aspect.DESCRIPTION, Aspect.PERIOD, Aspect.GOALS,
                Aspect.VISIBILITY, Aspect.ORDER);
        assertThat(i.title()).isEqualTo("Natteravne i hele Aalborg");
        assertThat(i.period().to()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(i.goalIds()).isEmpty();
        assertThat(i.visibility()).isEqualTo(Visibility.INTERNAL);
    }

    @Test
    void anInitiativeIsNeverPlacedUnderItself() {
        Initiative i = Initiative.create(STRATEGY, BASE, 3, NOW);
        InitiativeDetails underItself = new InitiativeDetails(i.id().value(), "15.5", BASE.kind(), BASE.title(), null,
                null, null, null, null, SOCIAL, null, null, null, List.of(), List.of(), List.of(), List.of(), null, null);
        assertThatThrownBy(() -> i.revise(underItself, 3, LATER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("parentId"));
        assertThat(i.parentId()).isNull();
    }

    @Test
    void movingUnderAParentIsAChangeOfPlace() {
        Initiative i = Initiative.create(STRATEGY, BASE, 3, NOW);
        UUID parent = UUID.randomUUID();
        InitiativeDetails moved = new InitiativeDetails(parent, BASE.number(), BASE.kind(), BASE.title(), BASE.description(),
                BASE.purpose(), BASE.content(), BASE.responsibilities(), BASE.area(), BASE.responsibleId(),
                BASE.leadPerson(), BASE.leadUserId(), BASE.period(), BASE.goalIds(), BASE.partners(), BASE.staffing(),
                BASE.targetGroups(), BASE.order(), BASE.visibility());
        assertThat(i.revise(moved, 3, LATER)).containsExactly(Aspect.PLACE);
        assertThat(i.parentId()).isEqualTo(parent);
    }
}
