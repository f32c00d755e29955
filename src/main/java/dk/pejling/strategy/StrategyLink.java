package dk.pejling.strategy;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A document of a strategy: a title with a URL, a title with an uploaded file that is kept on disk
 * under the data dir (named by {@code id}), or a title alone for a document the strategy names without
 * an address or a copy.
 */
@Table("strategy_link")
public record StrategyLink(UUID id, String title, String url, String fileName, String contentType, Long sizeBytes) {

    public boolean isFile() {
        return fileName != null;
    }

    /** A document known by its title only: neither a URL nor an uploaded file. */
    public boolean isTitleOnly() {
        return fileName == null && (url == null || url.isBlank());
    }
}
