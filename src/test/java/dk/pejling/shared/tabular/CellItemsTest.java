package dk.pejling.shared.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CellItemsTest {

    @Test
    void readsPlainAndLabelledWordsOfEachItem() {
        List<CellItems.Item> items = CellItems.parse(" 62,5 dato:2019-12-31 population:\"Afd. 12\" | note:\"Arbejdet er begyndt\"");

        assertThat(items).hasSize(2);
        assertThat(items.get(0).words()).containsExactly("62,5");
        assertThat(items.get(0).labelled()).isEqualTo(Map.of("dato", "2019-12-31", "population", "Afd. 12"));
        assertThat(items.get(1).words()).isEmpty();
        assertThat(items.get(1).get("tekst", "note")).isEqualTo("Arbejdet er begyndt");
    }

    @Test
    void aQuotedValueKeepsBarsColonsAndDoubledQuotationMarks() {
        String written = CellItems.write(List.of(List.of("2025", CellItems.labelled("tekst", "Mål: \"mindst\" 5 | 6")),
                List.of("x", CellItems.labelled("note", null))));

        assertThat(written).isEqualTo("2025 tekst:\"Mål: \"\"mindst\"\" 5 | 6\"|x");
        List<CellItems.Item> read = CellItems.parse(written);
        assertThat(read).hasSize(2);
        assertThat(read.get(0).get("tekst")).isEqualTo("Mål: \"mindst\" 5 | 6");
        assertThat(read.get(1).words()).containsExactly("x");
    }

    @Test
    void aQuotationMarkThatIsNotClosedIsASyntaxErrorNamingTheItem() {
        assertThatThrownBy(() -> CellItems.parse("a|note:\"open")).isInstanceOf(CellItems.SyntaxException.class)
                .extracting(e -> ((CellItems.SyntaxException) e).item()).isEqualTo("note:\"open");
        assertThatThrownBy(() -> CellItems.parse("ab\"c")).isInstanceOf(CellItems.SyntaxException.class);
    }

    @Test
    void aBlankCellHasNoItemsAndNothingIsWrittenForNoItems() {
        assertThat(CellItems.parse(null)).isEmpty();
        assertThat(CellItems.parse("  | ")).isEmpty();
        assertThat(CellItems.write(List.of())).isNull();
    }
}
