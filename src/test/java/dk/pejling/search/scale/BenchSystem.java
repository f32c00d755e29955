package dk.pejling.search.scale;

import java.io.Closeable;
import java.util.List;

/** One search system of the benchmark: indexes passages (id, text), answers a query with the top ten ids. */
interface BenchSystem extends Closeable {

    String name();

    /** Indexes the passages; returns when they are durable and searchable. */
    void index(Iterable<Passage> passages) throws Exception;

    List<String> search(String query) throws Exception;

    /** Bytes on disk after indexing. */
    long sizeBytes() throws Exception;

    /** What else to report (the separate phases of an index build, a server's heap), or empty. */
    default String notes() {
        return "";
    }

    record Passage(String id, String text) {
    }
}
