package dk.pejling.indicator;

import dk.pejling.shared.Coded;

/**
 * The kinds of target the source documents use. A ladder over time ("10 / 25 / 50 % after 1 / 2 / 3
 * years") is several AT_LEAST or AT_MOST targets of one period, each with a step label.
 */
public enum TargetKind implements Coded {
    /** At least the value ("mindst 68 %"). */
    AT_LEAST("at-least"),
    /** At most the value ("højst 1.725"); strict for "under 90". */
    AT_MOST("at-most"),
    /** A change in percent against a reference period or the baseline ("et fald på 5,1 %"). */
    RELATIVE_CHANGE("relative-change"),
    /** A change in percentage points against a reference period ("2 procentpoint højere end 2017"). */
    PP_CHANGE("pp-change"),
    /** Back to an earlier period's level ("2015-niveau (83)"). */
    RETURN_TO_LEVEL("return-to-level"),
    /** Not worse than a reference period ("ikke stiger i forhold til 2017"). */
    NOT_WORSE_THAN_PERIOD("not-higher-than-period"),
    /** Between two values, both included. */
    WITHIN_RANGE("within-range");

    private final String code;

    TargetKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
