package dk.pejling.strategy;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A document of a strategy: a title with a URL, or a title with an uploaded file that is kept
 * on disk under the data dir (named by {@code id}).
 */
@Table("strategy_link")
public record StrategyLink(UUID id, String title, String url, String fileName, String contentType, Long sizeBytes) {

    public boolean isFile() {
        return fileName != null;
    }
}
