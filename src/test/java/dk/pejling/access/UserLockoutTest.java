package dk.pejling.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The lockout rule on its own, against a fixed clock. */
class UserLockoutTest {

    private Clock clock = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
    private final User user = User.create("jens", "Jens", null, "{noop}x", EnumSet.of(Role.EDITOR), clock.instant());

    private void advance(Duration duration) {
        clock = Clock.offset(clock, duration);
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            user.loginFailed(clock.instant());
        }
        assertThat(user.isLocked(clock.instant())).isFalse();

        user.loginFailed(clock.instant());
        assertThat(user.isLocked(clock.instant())).isTrue();

        advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(user.isLocked(clock.instant())).isTrue();
        advance(Duration.ofSeconds(1));
        assertThat(user.isLocked(clock.instant())).isFalse();
    }

    @Test
    void aSuccessfulLoginClearsTheCountSoFailuresMustComeInARow() {
        for (int i = 0; i < 4; i++) {
            user.loginFailed(clock.instant());
        }
        user.loginSucceeded();
        user.loginFailed(clock.instant());

        assertThat(user.isLocked(clock.instant())).isFalse();
    }

    @Test
    void anAdministratorsUnlockOrResetEndsTheLockAtOnce() {
        for (int i = 0; i < 5; i++) {
            user.loginFailed(clock.instant());
        }
        user.unlock();
        assertThat(user.isLocked(clock.instant())).isFalse();

        for (int i = 0; i < 5; i++) {
            user.loginFailed(clock.instant());
        }
        user.resetPassword("{noop}y");
        assertThat(user.isLocked(clock.instant())).isFalse();
        assertThat(user.mustChangePassword()).isTrue();
    }
}
