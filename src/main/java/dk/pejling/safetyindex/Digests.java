package dk.pejling.safetyindex;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in lower-case hex, and a streaming form for inputs built line by line. */
public final class Digests {

    private final MessageDigest sha;

    private Digests() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Digests start() {
        return new Digests();
    }

    public Digests line(String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
        return this;
    }

    public String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(start().sha.digest(bytes));
    }
}
