package dk.pejling.shared;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Decides whether an uploaded file may be kept: size under the limit, a declared type on the
 * allow-list, and the first bytes matching that type, so a renamed executable is refused.
 */
@Component
public class UploadPolicy {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final PejlingProperties.Uploads settings;

    public UploadPolicy(PejlingProperties properties) {
        this.settings = properties.uploads();
    }

    public long maxBytes() {
        return settings.maxBytes();
    }

    /** Throws a field error on {@code file} when the upload is refused; returns the normalised type. */
    public String check(String fileName, String declaredType, long size, byte[] head) {
        if (fileName == null || fileName.isBlank() || size == 0) {
            throw new InvalidInputException("file", "choose a file to upload");
        }
        if (size > settings.maxBytes()) {
            throw new InvalidInputException("file", "is larger than " + settings.maxBytes() / (1024 * 1024) + " MB");
        }
        String type = declaredType == null ? "" : declaredType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (!settings.allowedTypes().contains(type)) {
            throw new InvalidInputException("file", "files of type '" + type + "' are not accepted; use PDF, DOCX, XLSX, ODT, text, CSV, PNG or JPEG");
        }
        if (!contentMatches(type, head)) {
            throw new InvalidInputException("file", "the content of the file does not match its type " + type);
        }
        return type;
    }

    private static boolean contentMatches(String type, byte[] head) {
        return switch (type) {
            case "application/pdf" -> startsWith(head, PDF);
            case "image/png" -> startsWith(head, PNG);
            case "image/jpeg" -> startsWith(head, JPEG);
            case "text/plain", "text/csv" -> isText(head);
            default -> startsWith(head, ZIP); // the OOXML and ODF formats are zip containers
        };
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean isText(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }
}
