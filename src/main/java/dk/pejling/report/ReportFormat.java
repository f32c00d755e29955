package dk.pejling.report;

import dk.pejling.shared.InvalidInputException;
import java.util.Locale;

/** The formats a report is rendered in. */
public enum ReportFormat {
    HTML("text/html;charset=UTF-8", "html"),
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    ReportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public static ReportFormat parse(String value) {
        if (value == null || value.isBlank()) {
            return HTML;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("format", "use html, pdf, docx or xlsx");
        }
    }
}
