package dk.pejling.shared.tabular;

import dk.pejling.shared.InvalidInputException;
import java.util.Locale;

/** The file formats of imports and exports (tables). */
public enum FileFormat {
    CSV("text/csv;charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    FileFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public static FileFormat of(String name) {
        String n = name == null ? "csv" : name.strip().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "csv" -> CSV;
            case "xlsx" -> XLSX;
            default -> throw new InvalidInputException("format", "must be csv or xlsx");
        };
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }
}
