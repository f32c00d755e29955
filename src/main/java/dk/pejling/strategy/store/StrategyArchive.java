package dk.pejling.strategy.store;

import dk.pejling.archive.ArchiveContributor;
import dk.pejling.archive.ArchiveFileStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Tells the archive where the uploaded documents of strategies are: one file per link that has a file. */
@Component
class StrategyArchive implements ArchiveContributor, ArchiveFileStore {

    private final DocumentFiles files;

    StrategyArchive(DocumentFiles files) {
        this.files = files;
    }

    @Override
    public List<ArchiveFileStore> fileStores() {
        return List.of(this);
    }

    @Override
    public String name() {
        return "strategy-documents";
    }

    @Override
    public String keysQuery() {
        return "SELECT id FROM strategy_link WHERE file_name IS NOT NULL ORDER BY id";
    }

    @Override
    public String ownerTable() {
        return "strategy_link";
    }

    /** A partner owns the strategies it owns, and co-owns those it is a partner in. */
    @Override
    public java.util.Map<String, String> ownedBy() {
        return java.util.Map.of("strategy",
                "t.owner_id = ? OR t.id IN (SELECT sp.strategy_id FROM strategy_partner sp WHERE sp.organisation_id = ?)");
    }

    /**
     * The open subset: the strategies and goals the portal publishes, with their themes, partners, relations
     * (to other public strategies only: the archive leaves out a row that refers to one it leaves out) and
     * documents, which anyone may download from a public strategy, with the text extracted from them.
     */
    @Override
    public java.util.Map<String, String> publishedAs() {
        return java.util.Map.of("strategy", "strategy", "strategy_goal", "goal",
                "strategy_theme", "strategy:strategy_id", "strategy_partner", "strategy:strategy_id",
                "strategy_relation", "strategy:strategy_id", "strategy_link", "strategy:strategy_id",
                "strategy_document_text", "strategy:strategy_id");
    }

    @Override
    public boolean exists(String key) {
        return files.exists(UUID.fromString(key));
    }

    @Override
    public InputStream read(String key) throws IOException {
        try {
            return files.read(UUID.fromString(key));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void write(String key, InputStream content) throws IOException {
        try {
            files.write(UUID.fromString(key), content);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            files.delete(UUID.fromString(key));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
