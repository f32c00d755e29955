package dk.pejling.indicator;

import dk.pejling.strategy.GoalNode;
import dk.pejling.strategy.Strategy;
import java.util.List;

/**
 * The choices of the indicator form, read in one call ({@link IndicatorReadModels#newIndicatorForm},
 * {@link IndicatorReadModels#indicatorForm}); what the user typed and its errors come with the request.
 *
 * @param strategy    the strategy whose goals the form offers; null when an edited indicator serves no goal
 * @param indicator   the indicator being edited, null for a new one
 * @param goalOptions the strategy's goals the viewer may see, indented; none without a strategy
 */
public record IndicatorFormPage(Strategy strategy, Indicator indicator, List<GoalNode.Option> goalOptions) {

    public IndicatorFormPage {
        goalOptions = List.copyOf(goalOptions);
    }
}
