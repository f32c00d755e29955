package dk.pejling.proceedings;

import dk.pejling.initiative.InitiativeId;
import dk.pejling.initiative.InitiativeService;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.GoalId;
import dk.pejling.strategy.GoalService;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyService;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/** An agenda item may name only strategies, goals and initiatives that exist and that the viewer may see. */
@Component
class ItemLinkCheck {

    private final StrategyService strategies;
    private final GoalService goals;
    private final InitiativeService initiatives;

    ItemLinkCheck(StrategyService strategies, GoalService goals, InitiativeService initiatives) {
        this.strategies = strategies;
        this.goals = goals;
        this.initiatives = initiatives;
    }

    void check(Set<ItemLink> links, Viewer viewer) {
        for (ItemLink link : links) {
            Objects.requireNonNull(link.targetKind());
            try {
                switch (link.targetKind()) {
                    case STRATEGY -> strategies.get(new StrategyId(link.targetId()), viewer);
                    case GOAL -> goals.get(new GoalId(link.targetId()), viewer);
                    case INITIATIVE -> initiatives.get(new InitiativeId(link.targetId()), viewer);
                }
            } catch (NotFoundException e) {
                throw new InvalidInputException("links", "refers to an unknown record");
            }
        }
    }
}
