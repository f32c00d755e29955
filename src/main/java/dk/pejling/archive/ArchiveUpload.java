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

    private ArchiveUpload(Path file) {
        this.file = file;
    }

    public static ArchiveUpload of(MultipartFile upload) throws IOException {
        if (upload == null || upload.isEmpty()) {
            throw new InvalidInputException("file", "choose an archive (.zip)");
        }
        Path file = Files.createTempFile("pejling-restore-", ".zip");
        try (InputStream in = upload.getInputStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return new ArchiveUpload(file);
    }

    /**
     * An archive sent as the request body itself, streamed to the temporary file and never held in
     * memory; refused (and the partial file deleted) once it exceeds {@code maxBytes}.
     */
    public static ArchiveUpload of(InputStream body, long maxBytes) throws IOException {
        Path file = Files.createTempFile("pejling-restore-", ".zip");
        long total = 0;
        try (InputStream in = body; java.io.OutputStream out = Files.newOutputStream(file)) {
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
        return new ArchiveUpload(file);
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
