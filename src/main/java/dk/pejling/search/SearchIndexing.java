package dk.pejling.search;

import dk.pejling.search.index.SearchIndex;
import dk.pejling.shared.AdministratorsOnly;
import dk.pejling.shared.Viewer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * Keeps the index in step with the modules: each {@link SearchableChanged} event reads the key's documents
 * again from its {@link SearchSource} and replaces them. The listener runs after the change commits, and the
 * JDBC event publication registry keeps the event until the listener returns (after the index commit), so an
 * update is not lost when the application stops in between; outstanding events are resubmitted at the next start.
 */
@Service
public class SearchIndexing {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);

    private final SearchIndex index;
    private final Map<String, SearchSource> sources;
    private final SearchChangeLog changes;

    SearchIndexing(SearchIndex index, List<SearchSource> sources, SearchChangeLog changes) {
        this.index = index;
        this.sources = sources.stream().collect(Collectors.toMap(SearchSource::name, Function.identity()));
        this.changes = changes;
    }

    /** Updates this instance's index, and tells the other instances to update theirs ({@link SearchChangePoller}). */
    @ApplicationModuleListener
    void on(SearchableChanged change) {
        apply(change.source(), change.key());
        changes.record(change);
    }

    /** Reads the key's documents again from its source and replaces them in this instance's index. */
    void apply(String sourceName, String key) {
        SearchSource source = sources.get(sourceName);
        if (source == null) {
            log.warn("search: no source named {}; change of {} ignored", sourceName, key);
            return;
        }
        index.replace(source.name(), key, source.documents(key));
    }

    /** Rebuilds the whole index from every source (administrators; {@code ./pejling reindex}). */
    public Rebuilt rebuild(Viewer viewer) {
        AdministratorsOnly.require(viewer);
        return rebuild();
    }

    Rebuilt rebuild() {
        long started = System.nanoTime();
        index.clear();
        for (SearchSource source : sources.values()) {
            try (var keys = source.keys()) {
                keys.forEach(key -> index.add(source.name(), key, source.documents(key)));
            }
        }
        index.commit();
        Rebuilt rebuilt = new Rebuilt(index.documentCount(), (System.nanoTime() - started) / 1_000_000);
        log.info("search: index rebuilt, {} documents in {} ms", rebuilt.documents(), rebuilt.millis());
        return rebuilt;
    }

    boolean indexIsEmpty() {
        return index.isEmpty();
    }

    /** What a rebuild did. */
    public record Rebuilt(long documents, long millis) {
    }
}
