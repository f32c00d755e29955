package dk.pejling.archive;

import dk.pejling.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded archive spooled to a temporary file (a zip is read from its central directory at the
 * end, so it needs random access); deleted when closed.
 */
public final class ArchiveUpload implements AutoCloseable {

    private final Path file;
    private final String name;
    private final String sha256;

    private ArchiveUpload(Path file, String name, String sha256) {
        this.file = file;
        this.name = name;
        this.sha256 = sha256;
    }

    public static ArchiveUpload of(MultipartFile upload) throws IOException {
        if (upload == null || upload.isEmpty()) {
            throw new InvalidInputException("file", "choose an archive (.zip)");
        }
        Path file = Files.createTempFile("pejling-restore-", ".zip");
        java.security.MessageDigest digest = newDigest();
        try (InputStream in = new java.security.DigestInputStream(upload.getInputStream(), digest)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return new ArchiveUpload(file, upload.getOriginalFilename(), java.util.HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * An archive sent as the request body itself, streamed to the temporary file and never held in
     * memory; refused (and the partial file deleted) once it exceeds {@code maxBytes}.
     */
    public static ArchiveUpload of(InputStream body, long maxBytes) throws IOException {
        Path file = Files.createTempFile("pejling-restore-", ".zip");
        long total = 0;
        java.security.MessageDigest digest = newDigest();
        try (InputStream in = new java.security.DigestInputStream(body, digest); java.io.OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[256 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new InvalidInputException("file", "is larger than " + maxBytes / (1024 * 1024)
                            + " MB, the most a restore accepts (PEJLING_RESTORE_MAX_BYTES)");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        if (total == 0) {
            Files.deleteIfExists(file);
            throw new InvalidInputException("file", "choose an archive (.zip)");
        }
        return new ArchiveUpload(file, null, java.util.HexFormat.of().formatHex(digest.digest()));
    }

    public Path file() {
        return file;
    }

    /** The archive's name as the browser sent it, or null (a request body has none). */
    public String name() {
        return name;
    }

    /** The SHA-256 of the archive's bytes, taken as they were received: which archive was restored. */
    public String sha256() {
        return sha256;
    }

    private static java.security.MessageDigest newDigest() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
