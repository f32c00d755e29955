package dk.pejling.indicator;

import java.util.Locale;

/** Reads a CSV file or an Excel workbook into a {@link RawTable}, telling them apart by their first bytes. */
final class MeasurementFileReader {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** A workbook may unpack to this many times the largest file accepted, and no more. */
    private static final int UNPACK_FACTOR = 20;

    private final long maxBytes;
    private final int maxRows;

    MeasurementFileReader(long maxBytes, int maxRows) {
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    RawTable read(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw new ImportFileException(ImportProblem.FILE_EMPTY);
        }
        String extension = extension(fileName);
        if (startsWith(bytes, ZIP)) {
            return XlsxTableReader.read(bytes, maxRows, maxBytes * UNPACK_FACTOR);
        }
        if (startsWith(bytes, OLE2) || extension.equals("xls")) {
            throw new ImportFileException(ImportProblem.FILE_OLD_EXCEL);
        }
        if (extension.equals("xlsx")) {
            throw new ImportFileException(ImportProblem.FILE_UNREADABLE_XLSX);
        }
        if (!extension.isEmpty() && !extension.equals("csv") && !extension.equals("txt")) {
            throw new ImportFileException(ImportProblem.FILE_TYPE);
        }
        return CsvTableReader.read(bytes, maxRows);
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
