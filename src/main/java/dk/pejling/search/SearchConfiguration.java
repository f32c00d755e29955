package dk.pejling.search;

import dk.pejling.search.index.LuceneSearchIndex;
import dk.pejling.search.index.OpenSearchSearchIndex;
import dk.pejling.search.index.SearchIndex;
import dk.pejling.shared.PejlingProperties;
import java.nio.file.Path;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The search index: the embedded Lucene index under the data dir, or an OpenSearch cluster when
 * {@code PEJLING_SEARCH_URL} is set; opened at start and closed (committed, unlocked) at shutdown.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(SearchProperties search, PejlingProperties pejling) {
        if (search.onOpenSearch()) {
            return new OpenSearchSearchIndex(search.url(), search.indexName(), search.username(), search.password());
        }
        if (search.inMemory()) {
            return new LuceneSearchIndex(null);
        }
        Path dir = search.indexDir() == null || search.indexDir().isBlank()
                ? pejling.dataDir().resolve("search-index")
                : Path.of(search.indexDir());
        return new LuceneSearchIndex(dir.toAbsolutePath());
    }
}
