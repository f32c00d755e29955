package dk.pejling.indicator;

import dk.pejling.strategy.Goal;
import java.util.List;

/**
 * Everything an indicator's page shows, read in one call ({@link IndicatorReadModels#indicatorPage}).
 *
 * @param current      the values as they stand, oldest period first
 * @param history      the values corrections replaced
 * @param chart        the chart of the current values, as SVG in the page's language
 * @param goals        the goals the indicator serves that the viewer may see
 * @param steps        the rungs of the indicator's target ladder ("1 år"), if it has one
 * @param danish       whether numbers are written the Danish way
 * @param canEdit      whether the viewer may change the indicator's definition
 * @param canEnterData whether the viewer may add and correct values
 */
public record IndicatorPage(Indicator indicator, List<Measurement> current, List<Measurement> history, String chart,
                            List<IndicatorVerdict> verdicts, List<Goal> goals, List<String> steps, boolean danish,
                            boolean canEdit, boolean canEnterData) {

    public IndicatorPage {
        current = List.copyOf(current);
        history = List.copyOf(history);
        verdicts = List.copyOf(verdicts);
        goals = List.copyOf(goals);
        steps = List.copyOf(steps);
    }
}
