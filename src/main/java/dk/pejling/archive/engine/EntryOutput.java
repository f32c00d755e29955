package dk.pejling.archive.engine;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The bytes of one archive entry on their way into the zip: counted and hashed; closing leaves the zip open. */
final class EntryOutput extends FilterOutputStream {

    private final MessageDigest digest;
    private long size;

    EntryOutput(OutputStream zip) {
        super(zip);
        this.digest = sha256();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        digest.update((byte) b);
        size++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        digest.update(b, off, len);
        size += len;
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    String sha256Hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    long size() {
        return size;
    }
}
