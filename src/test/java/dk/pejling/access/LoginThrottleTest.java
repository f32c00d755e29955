package dk.pejling.access;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.access.LoginThrottle.Attempt;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The throttle on its own, against instants the test chooses. */
class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle();
    private Instant now = Instant.parse("2026-03-01T08:00:00Z");

    private static Attempt from(String source) {
        return new Attempt("Jens", source, false);
    }

    @Test
    void anAccountGuessedFromManyAddressesMakesNewBrowsersWaitLongerAndLongerButNeverLocks() {
        for (int i = 1; i <= LoginThrottle.FREE_PER_ACCOUNT; i++) {
            assertThat(throttle.wait(from("203.0.113." + i), now)).isEmpty();
            throttle.failed(from("203.0.113." + i), now);
        }
        assertThat(throttle.wait(from("203.0.113.50"), now)).as("the free failures cost nothing").isEmpty();

        throttle.failed(from("203.0.113.6"), now);
        assertThat(throttle.wait(from("198.51.100.1"), now)).contains(Duration.ofSeconds(1));
        throttle.failed(from("203.0.113.7"), now);
        assertThat(throttle.wait(from("198.51.100.1"), now)).contains(Duration.ofSeconds(2));
        for (int i = 0; i < 30; i++) {
            throttle.failed(from("203.0.113.8"), now);
        }
        assertThat(throttle.wait(from("198.51.100.1"), now)).as("capped").contains(LoginThrottle.ACCOUNT_CAP);

        now = now.plus(LoginThrottle.ACCOUNT_CAP);
        assertThat(throttle.wait(from("198.51.100.1"), now)).as("a wait ends by itself").isEmpty();
    }

    @Test
    void aBrowserTheAccountUsedBeforeIsNeverMadeToWaitForOthersGuesses() {
        for (int i = 0; i < 40; i++) {
            throttle.failed(from("203.0.113." + i), now);
        }
        assertThat(throttle.wait(from("198.51.100.1"), now)).isPresent();

        assertThat(throttle.wait(new Attempt("jens", "198.51.100.1", true), now)).isEmpty();
    }

    @Test
    void aKnownBrowsersOwnTypingErrorsDoNotSlowTheAccountDownForOthers() {
        for (int i = 0; i < 8; i++) {
            throttle.failed(new Attempt("jens", "198.51.100.1", true), now);
        }
        assertThat(throttle.failuresOf("jens")).isZero();
        assertThat(throttle.wait(from("198.51.100.2"), now)).isEmpty();
    }

    @Test
    void oneAddressGuessingManyAccountsIsSlowedDownWhicheverAccountItTries() {
        for (int i = 0; i < LoginThrottle.FREE_PER_SOURCE + 1; i++) {
            throttle.failed(new Attempt("user" + i, "203.0.113.9", false), now);
        }
        assertThat(throttle.wait(new Attempt("someone-else", "203.0.113.9", false), now)).contains(Duration.ofSeconds(1));
        assertThat(throttle.wait(new Attempt("someone-else", "203.0.113.10", false), now))
                .as("other addresses are not affected").isEmpty();
        // Even from a browser that knows the account: the source's own wait applies to everything it sends.
        assertThat(throttle.wait(new Attempt("user0", "203.0.113.9", true), now)).isPresent();
    }

    @Test
    void theRightPasswordOrAnAdministratorStartsTheAccountAfreshButNotTheSource() {
        for (int i = 0; i < 20; i++) {
            throttle.failed(new Attempt("jens", "203.0.113.9", false), now);
        }
        throttle.succeeded("JENS ");
        assertThat(throttle.failuresOf("jens")).isZero();
        assertThat(throttle.wait(new Attempt("other", "203.0.113.9", false), now)).as("the source still waits").isPresent();

        for (int i = 0; i < 20; i++) {
            throttle.failed(new Attempt("jens", "203.0.113." + i, false), now);
        }
        assertThat(throttle.accountWaitsUntil("jens", now)).isPresent();
        throttle.lift("jens");
        assertThat(throttle.accountWaitsUntil("jens", now)).isEmpty();
    }

    @Test
    void failuresAreForgottenADayAfterTheLast() {
        for (int i = 0; i < 20; i++) {
            throttle.failed(from("203.0.113." + i), now);
        }
        now = now.plus(LoginThrottle.FORGET_AFTER).plusSeconds(1);
        throttle.failed(from("203.0.113.1"), now);
        assertThat(throttle.failuresOf("jens")).isEqualTo(1);
    }

    @Test
    void delaysDoubleFromOneSecondAfterTheFreeFailures() {
        assertThat(LoginThrottle.delay(5, 5, Duration.ofMinutes(5))).isZero();
        assertThat(LoginThrottle.delay(6, 5, Duration.ofMinutes(5))).hasSeconds(1);
        assertThat(LoginThrottle.delay(9, 5, Duration.ofMinutes(5))).hasSeconds(8);
        assertThat(LoginThrottle.delay(1000, 5, Duration.ofMinutes(5))).isEqualTo(Duration.ofMinutes(5));
    }
}
