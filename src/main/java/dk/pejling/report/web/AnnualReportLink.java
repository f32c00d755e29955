package dk.pejling.report.web;

import dk.pejling.shared.Viewer;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyPageLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/** Puts "Årsberetning" on every strategy's page. */
@Component
class AnnualReportLink implements StrategyPageLinks {

    @Override
    public List<PageLink> linksFor(Strategy strategy, Viewer viewer) {
        return List.of(new PageLink("reports.annualLink", "/strategier/" + strategy.id().value() + "/aarsberetning"));
    }
}
