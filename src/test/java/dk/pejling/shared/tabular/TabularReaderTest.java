package dk.pejling.shared.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.shared.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class TabularReaderTest {

    private final TabularReader reader = new TabularReader(1024 * 1024, 100);

    @Test
    void readsASemicolonFileAfterCommentLinesThatHoldCommas() {
        Table t = reader.read("a.csv", "# kilde, dato, med kommaer\nOMRÅDE;TID;INDHOLD\naalborg;2021K4;217000\n\n# note\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(t.headers()).containsExactly("OMRÅDE", "TID", "INDHOLD");
        assertThat(t.rows()).hasSize(1);
        assertThat(t.rows().get(0).number()).isEqualTo(3);
        assertThat(t.column("omraade", "area")).contains(0);
    }

    @Test
    void readsWindows1252AndCommaSeparatedFiles() {
        Table t = reader.read("a.csv", "område,værdi\nLøvvangen,3\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertThat(t.headers()).containsExactly("område", "værdi");
        assertThat(t.rows().get(0).cell(0)).isEqualTo("Løvvangen");
    }

    @Test
    void readsTheFirstSheetOfAWorkbookWithNumbersAsWritten() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("Data");
            ws.value(0, 0, "OMRÅDE");
            ws.value(0, 1, "INDHOLD");
            ws.value(1, 0, "aalborg");
            ws.value(1, 1, 217000);
        }
        Table t = reader.read("a.xlsx", out.toByteArray());
        assertThat(t.rows().get(0).cells()).containsExactly("aalborg", "217000");
    }

    @Test
    void refusesAnEmptyFileATooLargeOneAndTooManyRows() {
        assertThatThrownBy(() -> reader.read("a.csv", new byte[0])).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new TabularReader(4, 100).read("a.csv", "a;b\n1;2\n".getBytes()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("MB");
        assertThatThrownBy(() -> new TabularReader(1000, 1).read("a.csv", "a;b\n1;2\n3;4\n".getBytes()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("more than 1 rows");
    }
}
