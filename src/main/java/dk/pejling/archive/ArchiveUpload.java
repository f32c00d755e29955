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

    public Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
