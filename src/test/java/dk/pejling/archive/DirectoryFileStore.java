package dk.pejling.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The uploaded documents of one test installation, in a directory of its own. */
final class DirectoryFileStore implements ArchiveFileStore {

    static final String DOCUMENT_KEYS = "SELECT id FROM strategy_link WHERE file_name IS NOT NULL ORDER BY id";

    private final Path root;

    DirectoryFileStore(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String name() {
        return "strategy-documents";
    }

    @Override
    public String keysQuery() {
        return DOCUMENT_KEYS;
    }

    @Override
    public boolean exists(String key) {
        java.util.UUID.fromString(key); // like the real store: a key is an id, never a path
        return Files.exists(root.resolve(key));
    }

    @Override
    public InputStream read(String key) throws IOException {
        return Files.newInputStream(root.resolve(key));
    }

    @Override
    public void write(String key, InputStream content) throws IOException {
        Files.copy(content, root.resolve(key), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(root.resolve(key));
    }

    long count() throws IOException {
        try (var files = Files.list(root)) {
            return files.count();
        }
    }
}
