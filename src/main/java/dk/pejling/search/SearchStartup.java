package dk.pejling.search;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Builds the index when it is empty (a new data dir, an in-memory index, a data dir from before the search
 * existed), after the demo data has loaded. Started as {@code ./pejling reindex} (the argument
 * {@code --pejling.search.reindex=true}, on a free port) it rebuilds the index and stops.
 */
@Component
@Order(100)
class SearchStartup implements ApplicationRunner {

    private final SearchIndexing indexing;
    private final ConfigurableApplicationContext context;

    SearchStartup(SearchIndexing indexing, ConfigurableApplicationContext context) {
        this.indexing = indexing;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean reindex = Boolean.parseBoolean(context.getEnvironment().getProperty("pejling.search.reindex", "false"));
        if (reindex) {
            SearchIndexing.Rebuilt rebuilt = indexing.rebuild();
            System.out.println("pejling: search index rebuilt: " + rebuilt.documents() + " documents in "
                    + rebuilt.millis() + " ms");
            System.exit(SpringApplication.exit(context, () -> 0));
        } else if (indexing.indexIsEmpty()) {
            indexing.rebuild();
        }
    }
}
