package dk.pejling.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The garbage collections while the benchmark generates, per collector. With G1 a collection of the
 * "G1 Old Generation" collector is a full collection: the heap ran out. None while generating under
 * {@code -Xmx512m} means the work fits in 512 MiB with room to spare; the young and concurrent
 * collections are the normal cost of the allocation. (The heap in use after a young collection
 * still counts old garbage, so it is no measure of what is live.)
 */
final class CollectionsDuring {

    private final Map<String, long[]> before = new LinkedHashMap<>();

    /** From now on: the collections before (start-up, seeding) do not count. */
    void start() {
        System.gc();
        before.clear();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            before.put(collector.getName(), new long[] {collector.getCollectionCount(), collector.getCollectionTime()});
        }
    }

    void print(String what) {
        StringBuilder line = new StringBuilder();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            long[] start = before.getOrDefault(collector.getName(), new long[2]);
            line.append(String.format("%s %d (%d ms); ", collector.getName(),
                    collector.getCollectionCount() - start[0], collector.getCollectionTime() - start[1]));
        }
        System.out.printf("%n%s, collections while generating with max heap %d MiB: %s%n", what,
                Runtime.getRuntime().maxMemory() >> 20, line);
    }
}
