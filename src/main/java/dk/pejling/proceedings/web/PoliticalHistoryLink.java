package dk.pejling.proceedings.web;

import dk.pejling.proceedings.CaseHistory;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyPageLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/** Puts "Politisk behandling" on the page of a strategy that agenda items concern. */
@Component
class PoliticalHistoryLink implements StrategyPageLinks {

    private final CaseHistory caseHistory;

    PoliticalHistoryLink(CaseHistory caseHistory) {
        this.caseHistory = caseHistory;
    }

    @Override
    public List<PageLink> linksFor(Strategy strategy, Viewer viewer) {
        return caseHistory.hasHistory(strategy.id())
                ? List.of(new PageLink("proceedings.history.link", "/strategier/" + strategy.id().value() + "/politisk-behandling"))
                : List.of();
    }
}
