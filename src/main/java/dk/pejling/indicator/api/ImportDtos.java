package dk.pejling.indicator.api;

import dk.pejling.shared.tabular.RowError;
import com.fasterxml.jackson.annotation.JsonProperty;
import dk.pejling.indicator.file.ImportChange;
import dk.pejling.indicator.file.ImportResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** JSON shapes of measurement import. */
final class ImportDtos {

    private ImportDtos() {
    }

    record ChangeDto(int row, String indicator, UUID indicatorId, String period, String step,
                     ImportChange.Action action, BigDecimal old, @JsonProperty("new") BigDecimal newValue,
                     List<String> changedColumns) {
        static ChangeDto of(ImportChange c) {
            return new ChangeDto(c.row(), c.indicator(), c.indicatorId(), c.period().value(), c.step(), c.action(),
                    c.oldValue(), c.newValue(), c.changedColumns());
        }
    }

    /** A row error: the row as a spreadsheet numbers it (the header is row 1), the column as the file names it. */
    record ErrorDto(int row, String column, String code, String message) {
        static ErrorDto of(RowError e) {
            return new ErrorDto(e.row(), e.column(), e.problem().name(), e.message());
        }
    }

    record SummaryDto(long added, long corrected, long unchanged) {
    }

    /**
     * @param rows      rows with content, the header not counted
     * @param emptyRows empty rows (and rows starting with #) skipped
     */
    record ImportResultDto(String file, String format, String encoding, int rows, int emptyRows, SummaryDto summary,
                           List<ChangeDto> changes, List<ErrorDto> errors, int errorCount, boolean applied,
                           String fingerprint) {
        static ImportResultDto of(ImportResult r) {
            return new ImportResultDto(r.fileName(), r.format(), r.encoding(), r.rows(), r.emptyRows(),
                    new SummaryDto(r.count(ImportChange.Action.NEW), r.count(ImportChange.Action.CORRECTION),
                            r.count(ImportChange.Action.UNCHANGED)),
                    r.changes().stream().map(ChangeDto::of).toList(), r.errors().stream().map(ErrorDto::of).toList(),
                    r.errorCount(), r.applied(), r.fingerprint());
        }
    }
}
