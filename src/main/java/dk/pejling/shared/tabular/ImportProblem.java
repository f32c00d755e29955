package dk.pejling.shared.tabular;

/**
 * Why a file, or one of its rows, cannot be imported, whatever the import: the file as a whole, and
 * the cells every table has (numbers, whole numbers, dates, choices, keys). An import adds its own
 * rules as another {@link Problem}.
 */
public enum ImportProblem implements Problem {
    // The file as a whole
    FILE_MISSING("Choose a CSV or XLSX file to import."),
    FILE_EMPTY("The file is empty."),
    FILE_TOO_LARGE("The file is {0} MB; at most {1} MB can be imported at a time. Split it into smaller files."),
    FILE_TYPE("Only CSV files (.csv) and Excel workbooks (.xlsx) can be imported."),
    FILE_OLD_EXCEL("The file is in the old Excel format (.xls). Save it as an Excel workbook (.xlsx) or as CSV UTF-8 and try again."),
    FILE_UNREADABLE_XLSX("The file cannot be read as an Excel workbook (.xlsx). Open it in Excel, save it again as .xlsx or as CSV UTF-8 and try again."),
    FILE_UNPACKS_TOO_LARGE("The workbook unpacks to more than {0} MB and cannot be imported. Split it into smaller files."),
    ENCODING_UTF16("The file is saved as UTF-16 (Excel calls it \u201cUnicode text\u201d). Save it as \u201cCSV UTF-8\u201d and try again."),
    ENCODING_INVALID("The file is not valid UTF-8 text: the byte {0} on line {1} cannot be read. Save it as \u201cCSV UTF-8\u201d and try again."),
    CSV_QUOTES("The quotation marks in row {0} do not pair up, so the file cannot be read from there. Check the quotation marks in that row."),
    NO_SEPARATOR("The first row must name the columns, separated by ; or , (for example indikator;periode;v\u00e6rdi)."),
    MISSING_COLUMNS("The first row lacks the column(s) {0}. Download the template to see the columns."),
    UNKNOWN_COLUMNS("The column(s) {0} are unknown. The columns are: {1}."),
    DUPLICATE_COLUMN("The column {0} appears more than once in the first row."),
    TOO_MANY_ROWS("The file has more than {0} rows. Split it into smaller files."),
    // One cell or row
    REQUIRED("must be filled in"),
    NOT_A_NUMBER("\u201c{0}\u201d is not a number; write only digits, a minus and the decimal mark (no units or %)"),
    POINT_IN_DANISH_FILE("\u201c{0}\u201d is not a number in a file separated by semicolons: write decimals with a comma (5,7); a point only groups thousands (1.774)"),
    COMMA_IN_ENGLISH_FILE("\u201c{0}\u201d is not a number in a file separated by commas: write decimals with a point (5.7) and no thousands separator"),
    AMBIGUOUS_NUMBER("\u201c{0}\u201d could mean {1} or {2}; store the cell as a number, or write it without a thousands separator"),
    NOT_A_WHOLE_NUMBER("\u201c{0}\u201d is not a whole number"),
    EXCEL_ERROR("the cell holds the Excel error {0}"),
    VALUE_WITHOUT_COLUMN("the row has a value in column {0}, which has no name in the first row (in a file separated by commas, a decimal comma splits a number in two)"),
    NOT_A_DATE("\u201c{0}\u201d is not a date; write it as 2026-12-31"),
    NOT_ONE_OF("\u201c{0}\u201d is not one of {1}"),
    DUPLICATE_KEY("row {0} already has the key \u201c{1}\u201d"),
    UNKNOWN_REFERENCE("there is no {0} with the key \u201c{1}\u201d"),
    KEY_EXISTS("the key \u201c{0}\u201d is taken by a record with other content; an import only creates, so change that record on its page or give the row another key"),
    NOT_ALLOWED("you may not create this {0}; ask a coordinator of its strategy or an administrator"),
    /** A record the row's creation needs is not there, or not for the importing user: its kind and id. */
    NOT_FOUND("{0} {1} not found"),
    /** A rule of the record a row becomes; the argument is its (English) message. */
    INVALID("{0}");

    private final String english;

    ImportProblem(String english) {
        this.english = english;
    }

    @Override
    public String english() {
        return english;
    }
}
