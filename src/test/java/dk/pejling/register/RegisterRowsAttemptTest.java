package dk.pejling.register;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.shared.ForbiddenException;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.tabular.CellReader;
import dk.pejling.shared.tabular.ColumnHeading;
import dk.pejling.shared.tabular.ColumnMapping;
import dk.pejling.shared.tabular.DecimalStyle;
import dk.pejling.shared.tabular.ImportProblem;
import dk.pejling.shared.tabular.MappedTable;
import dk.pejling.shared.tabular.RawCell;
import dk.pejling.shared.tabular.RawSheet;
import dk.pejling.shared.tabular.RowError;
import dk.pejling.shared.tabular.TableColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What becomes of a row the register import cannot simply create: a creation that fails is a row error the pages
 * can say in Danish or English; a key a stored record has is unchanged or taken.
 */
class RegisterRowsAttemptTest {

    enum Column implements TableColumn {
        KEY;

        @Override
        public ColumnHeading heading() {
            return new ColumnHeading("nøgle", "key", true);
        }
    }

    private final CellReader<Column> cells = new CellReader<>(ColumnMapping.map(
            new RawSheet(List.of("nøgle"), List.of(), 0, DecimalStyle.EITHER, null), Column.class));

    @Test
    void aRecordTheRowNeedsThatIsNotThereIsNotFoundWithItsKindAndId() {
        List<RowError> errors = new ArrayList<>();

        Object created = RegisterRows.attempt(cells, 4, "goal", f -> Optional.empty(), () -> {
            throw new NotFoundException("strategy", "tryg-aalborg");
        }, errors);

        assertThat(created).isNull();
        assertThat(errors).containsExactly(RowError.of(4, "", ImportProblem.NOT_FOUND, "strategy", "tryg-aalborg"));
        assertThat(errors.get(0).message()).as("the API's English text is the exception's").isEqualTo("strategy tryg-aalborg not found");
    }

    @Test
    void aRefusalIsNotAllowedForTheKindOfRecord() {
        List<RowError> errors = new ArrayList<>();

        RegisterRows.attempt(cells, 2, "goal", f -> Optional.empty(), () -> {
            throw new ForbiddenException();
        }, errors);

        assertThat(errors).containsExactly(RowError.of(2, "", ImportProblem.NOT_ALLOWED, "goal"));
    }

    @Test
    void aStoredRecordThatExportsAsTheRowIsUnchangedAndAnyOtherHasTakenTheKey() {
        MappedTable<Column> table = ColumnMapping.map(new RawSheet(List.of("nøgle"),
                List.of(new RawSheet.Row(2, List.of(RawCell.text("tryg-aalborg")))), 0, DecimalStyle.EITHER, null), Column.class);
        CellReader<Column> reader = new CellReader<>(table);
        MappedTable.Row<Column> row = table.rows().get(0);
        List<RegisterChange> changes = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();

        RegisterRows.stored(List.of("tryg-aalborg"), table, row, reader, Column.KEY, "tryg-aalborg", "Tryg Aalborg", changes, errors);
        assertThat(changes).containsExactly(new RegisterChange(2, "tryg-aalborg", "Tryg Aalborg", RegisterChange.Action.UNCHANGED));
        assertThat(errors).isEmpty();

        changes.clear();
        RegisterRows.stored(List.of("tryg-aarhus"), table, row, reader, Column.KEY, "tryg-aalborg", "Tryg Aalborg", changes, errors);
        assertThat(changes).isEmpty();
        assertThat(errors).containsExactly(RowError.of(2, "nøgle", ImportProblem.KEY_EXISTS, "tryg-aalborg"));
    }
}
