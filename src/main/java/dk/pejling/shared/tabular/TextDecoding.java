package dk.pejling.shared.tabular;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads the bytes of a CSV file as text. UTF-8, with or without a byte order mark, is the format;
 * a file that is not valid UTF-8 is read as Windows-1252 (what older Danish Excel saves as "CSV")
 * only when every byte is defined there and nothing in it looks like UTF-8 gone wrong. Anything
 * else, UTF-16 included, is refused with a message that says how to save the file.
 */
final class TextDecoding {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    record Decoded(String text, String encoding) {
    }

    private TextDecoding() {
    }

    static Decoded decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new ImportFileException(ImportProblem.FILE_EMPTY);
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF) || looksLikeUtf16(bytes)) {
            throw new ImportFileException(ImportProblem.ENCODING_UTF16);
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        Failure failure = tryDecode(bytes, offset, StandardCharsets.UTF_8);
        if (failure == null) {
            return new Decoded(decodeAll(bytes, offset, StandardCharsets.UTF_8), "UTF-8");
        }
        if (offset == 0 && !containsUtf8Letters(bytes) && tryDecode(bytes, 0, WINDOWS_1252) == null && !hasNul(bytes)) {
            return new Decoded(decodeAll(bytes, 0, WINDOWS_1252), "windows-1252");
        }
        throw new ImportFileException(ImportProblem.ENCODING_INVALID,
                String.format(Locale.ROOT, "0x%02X", bytes[failure.position] & 0xFF), String.valueOf(lineOf(bytes, failure.position)));
    }

    private record Failure(int position) {
    }

    private static Failure tryDecode(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return new Failure(in.position());
            }
            if (result.isUnderflow()) {
                result = decoder.flush(out);
                return result.isError() ? new Failure(in.position()) : null;
            }
            out.clear();
        }
    }

    private static String decodeAll(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    /** Two-byte UTF-8 sequences of Latin letters (æ is C3 A6): a UTF-8 file with a broken byte, not Windows-1252. */
    private static boolean containsUtf8Letters(byte[] bytes) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            int next = bytes[i + 1] & 0xFF;
            if ((b == 0xC2 || b == 0xC3) && next >= 0x80 && next <= 0xBF) {
                return true;
            }
        }
        return false;
    }

    /** UTF-16 without a byte order mark: every other byte of plain text is zero. */
    private static boolean looksLikeUtf16(byte[] bytes) {
        int n = Math.min(bytes.length, 200);
        int zeros = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                zeros++;
            }
        }
        return n >= 4 && zeros * 3 >= n;
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static int lineOf(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
