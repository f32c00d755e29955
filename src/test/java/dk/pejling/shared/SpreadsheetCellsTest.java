package dk.pejling.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @Test
    void aTextThatAProgramWouldRunAsAFormulaGetsATextMarkerAndReadsBackUnchanged() {
        for (String formula : new String[] {"=cmd|' /C calc'!A1", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"}) {
            assertThat(SpreadsheetCells.neutralise(formula)).isEqualTo("'" + formula);
            assertThat(SpreadsheetCells.restore(SpreadsheetCells.neutralise(formula))).isEqualTo(formula);
        }
    }

    @Test
    void otherTextsAndNumbersAreLeftAlone() {
        assertThat(SpreadsheetCells.neutralise("Tryg Aalborg")).isEqualTo("Tryg Aalborg");
        assertThat(SpreadsheetCells.neutralise("'quoted")).isEqualTo("'quoted");
        assertThat(SpreadsheetCells.restore("'quoted")).isEqualTo("'quoted");
        assertThat(SpreadsheetCells.neutralise("")).isEmpty();
        assertThat(SpreadsheetCells.neutralise(null)).isNull();
        assertThat(SpreadsheetCells.cell(42)).isEqualTo("42");
    }
}
