package dk.pejling.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A known-device cookie holds for its own account only, unaltered and unexpired. */
class DeviceCookiesTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
    private final DeviceCookies devices = new DeviceCookies(new byte[32], clock, false);

    @Test
    void aCookieNamesOneAccountAndCannotBeAlteredOrForged() {
        String value = devices.value("Jens", clock.instant().plus(DeviceCookies.LIFETIME));
        assertThat(devices.valid(value, "jens")).isTrue();
        assertThat(devices.valid(value, "karen")).isFalse();

        String forged = new DeviceCookies(new byte[] {1, 2, 3}, clock, false)
                .value("karen", clock.instant().plus(DeviceCookies.LIFETIME));
        assertThat(devices.valid(forged, "karen")).as("signed with another key").isFalse();
        assertThat(devices.valid(value.substring(0, value.length() - 2) + "AA", "jens")).isFalse();
        assertThat(devices.valid("nonsense", "jens")).isFalse();
        assertThat(devices.valid(null, "jens")).isFalse();
    }

    @Test
    void anExpiredCookieIsNotKnown() {
        assertThat(devices.valid(devices.value("jens", clock.instant().minusSeconds(1)), "jens")).isFalse();
    }
}
