package dk.pejling.safetyindex;

import java.util.List;

/**
 * One area's indicator values in one period, in the method's indicator order, with how many
 * respondents answered (unweighted and Kish effective, over all their weights) and the SHA-256 of
 * exactly the inputs they were computed from.
 */
public record AreaInputs(String area, List<IndicatorValue> values, long respondents, double effectiveN,
                         String inputsSha256) {

    public AreaInputs {
        values = List.copyOf(values);
    }
}
