package dk.pejling.shared.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Reads an uploaded CSV file or Excel workbook into a {@link RawSheet}, telling them apart by their
 * first bytes: the one reader of every import. A file over {@code maxBytes} is refused by its size,
 * before it is read; a workbook that unpacks to far more than that is refused as well.
 */
public final class TableFileReader {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** A workbook may unpack to this many times the largest file accepted, and no more. */
    private static final int UNPACK_FACTOR = 20;

    private final long maxBytes;
    private final int maxRows;

    public TableFileReader(long maxBytes, int maxRows) {
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    /** The bytes of an upload, read only when its size is within the limit. */
    public byte[] bytes(ImportFile file) {
        if (file == null || file.content() == null || (file.size() <= 0 && file.name().isEmpty())) {
            throw new ImportFileException(ImportProblem.FILE_MISSING);
        }
        if (file.size() > maxBytes) {
            throw tooLarge(file.size());
        }
        byte[] bytes;
        try (InputStream in = file.content().getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(bytes.length);
        }
        return bytes;
    }

    public RawSheet read(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new ImportFileException(ImportProblem.FILE_EMPTY);
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(bytes.length);
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

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportFileException tooLarge(long size) {
        long mb = 1024 * 1024;
        return new ImportFileException(ImportProblem.FILE_TOO_LARGE, String.valueOf((size + mb - 1) / mb),
                String.valueOf(maxBytes / mb));
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
