package dk.pejling.strategy.store;

import dk.pejling.shared.PejlingProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Uploaded documents on disk under {@code <data dir>/documents}, named by the link's id only,
 * so a file name chosen by a user never becomes a path.
 */
@Component
public class DocumentFiles {

    private final Path root;

    DocumentFiles(PejlingProperties properties) {
        this.root = properties.dataDir().resolve("documents");
    }

    public void write(UUID id, InputStream content) {
        try {
            Files.createDirectories(root);
            Path temp = Files.createTempFile(root, "upload-", ".part");
            Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, path(id), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store document " + id, e);
        }
    }

    public InputStream read(UUID id) {
        try {
            return Files.newInputStream(path(id));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read document " + id, e);
        }
    }

    public boolean exists(UUID id) {
        return Files.isRegularFile(path(id));
    }

    public void delete(UUID id) {
        try {
            Files.deleteIfExists(path(id));
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete document " + id, e);
        }
    }

    private Path path(UUID id) {
        return root.resolve(id.toString());
    }
}
