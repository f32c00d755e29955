package dk.pejling.indicator;

import java.math.BigDecimal;

/**
 * A change the source states without the value it compares with ("0,3 procentpoint lavere end i
 * samme periode i 2017"). Used for a change target only when the reference value itself is missing.
 *
 * @param qualifier EXACT, or MORE_THAN / LESS_THAN for "mere end 5 %"
 */
public record ReportedChange(BigDecimal value, Unit unit, Qualifier qualifier, String reference) {

    public enum Qualifier { EXACT, MORE_THAN, LESS_THAN }

    public ReportedChange {
        qualifier = qualifier == null ? Qualifier.EXACT : qualifier;
    }
}
