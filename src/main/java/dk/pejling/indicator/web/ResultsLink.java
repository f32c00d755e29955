package dk.pejling.indicator.web;

import dk.pejling.shared.Viewer;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyPageLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/** Puts "Mål og resultater" on every strategy's page. */
@Component
class ResultsLink implements StrategyPageLinks {

    @Override
    public List<PageLink> linksFor(Strategy strategy, Viewer viewer) {
        return List.of(new PageLink("results.link", "/strategier/" + strategy.id().value() + "/resultater"));
    }
}
