package dk.pejling.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DatabaseReachabilityCheckTest {

    @Test
    void anUnreachablePostgresServerGivesOneLineNamingTheCauseWithoutHanging() {
        long start = System.nanoTime();

        String problem = DatabaseReachabilityCheck.problemConnecting("jdbc:postgresql://127.0.0.1:1/test", "postgres", "");

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).isLessThan(Duration.ofSeconds(60));
        assertThat(problem).isNotBlank().doesNotContain("\n").doesNotContain("\r");
        assertThat(problem.toLowerCase()).contains("refused");
    }

    @Test
    void aFreshInMemoryH2DatabaseIsNoProblem() {
        assertThat(DatabaseReachabilityCheck.problemConnecting(
                "jdbc:h2:mem:reachability-" + UUID.randomUUID() + ";MODE=PostgreSQL", "sa", "")).isNull();
    }

    @Test
    void anUnknownDriverUrlIsNamedToo() {
        String problem = DatabaseReachabilityCheck.problemConnecting("jdbc:nosuchdb://127.0.0.1/x", "u", "p");

        assertThat(problem).isNotBlank().doesNotContain("\n").containsIgnoringCase("suitable driver");
    }
}
