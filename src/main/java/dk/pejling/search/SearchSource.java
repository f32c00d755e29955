package dk.pejling.search;

import java.util.List;
import java.util.stream.Stream;

/**
 * The one way a module contributes to the search: a Spring bean in the contributing module that
 * answers, from its own tables, the current searchable documents of one of its keys (a strategy with
 * its goals and documents, an initiative with its status comments, a meeting with its agenda items).
 * The search module calls it after a {@link SearchableChanged} event and for a full rebuild; it never
 * reads another module's tables itself (compare Decidim's searchable resources registered with a core).
 */
public interface SearchSource {

    /** A stable name, the {@code source} of the module's {@link SearchableChanged} events. */
    String name();

    /** Every key this source has documents for, for a full rebuild. */
    Stream<String> keys();

    /** The documents of a key as they are now: empty when it was deleted. Read with full access. */
    List<SearchDocument> documents(String key);
}
