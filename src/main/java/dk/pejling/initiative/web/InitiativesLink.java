package dk.pejling.initiative.web;

import dk.pejling.shared.Viewer;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyPageLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/** Puts "Indsatser og status" on every strategy's page. */
@Component
class InitiativesLink implements StrategyPageLinks {

    @Override
    public List<PageLink> linksFor(Strategy strategy, Viewer viewer) {
        return List.of(new PageLink("initiatives.link", "/strategier/" + strategy.id().value() + "/indsatser"));
    }
}
