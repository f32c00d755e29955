package dk.pejling.bench;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dk.pejling.IntegrationTest;
import dk.pejling.initiative.RoundApi;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * How long an anonymous 404 takes for an id that does not exist and for one that exists under an
 * internal strategy (server side, through MockMvc, no network), interleaved so that both see the same
 * machine noise. Prints median and quartiles per resource; asserts nothing (a measurement, not a test):
 * {@code ./mvnw -DskipNpm=true test -Dtest=NotFoundTiming -Dtest.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false}
 */
@IntegrationTest
@Tag("benchmark")
class NotFoundTiming {

    static final int WARMUP = 300;
    static final int ROUNDS = 1500;

    @Autowired
    MockMvc mvc;
    @Autowired
    RoundApi api;

    @Test
    void measure() throws Exception {
        RoundApi.Setup setup = api.coordinator();
        String strategy = api.strategy(setup, "INTERNAL");
        String goal = api.goal(setup, strategy, "PUBLIC");
        String initiative = api.initiative(setup, strategy, "PUBLIC");
        String round = api.round(setup, strategy);
        String[][] cases = {
                {"/api/v1/strategies/", strategy}, {"/api/v1/goals/", goal},
                {"/api/v1/initiatives/", initiative}, {"/api/v1/reporting-rounds/", round}};
        for (String[] c : cases) {
            List<Long> hidden = new ArrayList<>();
            List<Long> missing = new ArrayList<>();
            for (int i = 0; i < WARMUP + ROUNDS; i++) {
                long a = time(c[0] + c[1]);
                long b = time(c[0] + UUID.randomUUID());
                if (i >= WARMUP) {
                    hidden.add(a);
                    missing.add(b);
                }
            }
            System.out.printf("NOTFOUND %-28s hidden %s | missing %s%n", c[0], quartiles(hidden), quartiles(missing));
        }
    }

    private long time(String path) throws Exception {
        long start = System.nanoTime();
        int status = mvc.perform(get(path)).andReturn().getResponse().getStatus();
        long took = System.nanoTime() - start;
        if (status != 404) {
            throw new IllegalStateException(path + " answered " + status);
        }
        return took;
    }

    private static String quartiles(List<Long> nanos) {
        long[] s = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format("median %.3f ms (q1 %.3f, q3 %.3f)", s[s.length / 2] / 1e6, s[s.length / 4] / 1e6,
                s[3 * s.length / 4] / 1e6);
    }
}
