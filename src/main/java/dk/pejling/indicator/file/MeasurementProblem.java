package dk.pejling.indicator.file;

import dk.pejling.shared.tabular.Problem;

/**
 * Why a row of a measurement file cannot be imported, beyond what every table can get wrong
 * ({@link dk.pejling.shared.tabular.ImportProblem}): its period and the indicator it names.
 */
public enum MeasurementProblem implements Problem {
    NOT_A_PERIOD("\u201c{0}\u201d is not a period; write for example 2018, 2018-H1, 2018-K2 or 2018-03"),
    DATE_NOT_A_PERIOD("the cell holds the date {0}, not a period; format the column as text and write for example 2018-03"),
    UNKNOWN_INDICATOR("there is no indicator with the key or id \u201c{0}\u201d"),
    PERIOD_TOO_FINE("{0} is more frequent than the indicator, which is measured per {1}"),
    UNKNOWN_STEP("the indicator has no ladder step \u201c{0}\u201d"),
    DUPLICATE_ROW("row {0} already has a value for the same indicator, period and step");

    private final String english;

    MeasurementProblem(String english) {
        this.english = english;
    }

    @Override
    public String english() {
        return english;
    }
}
