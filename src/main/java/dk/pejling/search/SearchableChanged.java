package dk.pejling.search;

/**
 * Published by a module, in the transaction of a change, when the searchable content of one of its keys
 * may have changed. The search module reacts after the commit through the event publication registry, so
 * an update that was committed is indexed even when the application stops before the index is written.
 *
 * @param source the {@link SearchSource#name()} of the publishing module
 * @param key    the key whose documents are to be read again
 */
public record SearchableChanged(String source, String key) {

    public SearchableChanged {
        if (source == null || source.isBlank() || key == null || key.isBlank()) {
            throw new IllegalArgumentException("a search change needs a source and a key");
        }
    }
}
