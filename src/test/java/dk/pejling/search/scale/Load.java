package dk.pejling.search.scale;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Queries from many clients at once (a closed model: each client sends its next query when the last one answered),
 * for a number of queries per client or until a time limit, whichever comes first; the latencies of all answers.
 */
final class Load {

    /**
     * @param cpuP50Millis the median of the CPU time the client's thread spent on one query (the system's own threads
     *                     excluded, so only for systems that answer in the caller's thread: the embedded index and
     *                     the raw searcher); unlike the wall-clock time it does not grow while the thread waits for a
     *                     core on a shared machine
     */
    record Result(int clients, int queries, double seconds, double p50Millis, double p99Millis, double perSecond,
                  double cpuP50Millis) {
        @Override
        public String toString() {
            return "%d clients, %d queries in %.1f s: p50 %.2f ms (CPU %.2f ms), p99 %.2f ms, %.0f queries/s"
                    .formatted(clients, queries, seconds, p50Millis, cpuP50Millis, p99Millis, perSecond);
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Load() {
    }

    static Result run(BenchSystem system, List<String> queries, int clients, int perClient, double maxSeconds)
            throws Exception {
        long started = System.nanoTime();
        long deadline = started + (long) (maxSeconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[][]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    long[] latencies = new long[perClient];
                    long[] cpu = new long[perClient];
                    int done = 0;
                    for (int i = 0; i < perClient && System.nanoTime() < deadline; i++) {
                        String q = queries.get((client * 7919 + i) % queries.size());
                        long cpuBefore = THREADS.getCurrentThreadCpuTime();
                        long t = System.nanoTime();
                        system.search(q);
                        latencies[done] = System.nanoTime() - t;
                        cpu[done++] = THREADS.getCurrentThreadCpuTime() - cpuBefore;
                    }
                    return new long[][] {Arrays.copyOf(latencies, done), Arrays.copyOf(cpu, done)};
                }));
            }
            List<Long> all = new ArrayList<>();
            List<Long> allCpu = new ArrayList<>();
            for (Future<long[][]> f : futures) {
                long[][] client = f.get();
                Arrays.stream(client[0]).forEach(all::add);
                Arrays.stream(client[1]).forEach(allCpu::add);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
            long[] sortedCpu = allCpu.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Result(clients, sorted.length, seconds, percentile(sorted, 0.50), percentile(sorted, 0.99),
                    sorted.length / seconds, percentile(sortedCpu, 0.50));
        } finally {
            pool.shutdownNow();
        }
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
