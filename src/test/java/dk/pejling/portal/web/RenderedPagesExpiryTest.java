package dk.pejling.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The TTL is a safety net, a data change is not: an answer past its TTL may still be handed to a visitor
 * while another request renders the page again, an answer from before a data change never.
 */
class RenderedPagesExpiryTest {

    private final MutableClock clock = new MutableClock();
    private final RenderedPages pages = new RenderedPages(clock);

    @Test
    void anAnswerPastItsTtlIsNoLongerFoundButIsStillThereAsExpired() {
        pages.keep("/portal", pages.version(), "text/html", List.of(), "\"1\"", "side".getBytes());
        assertThat(pages.find("/portal")).isNotNull();
        assertThat(pages.expired("/portal")).isNull();

        clock.now = clock.now.plus(RenderedPages.TTL).plusSeconds(1);

        assertThat(pages.find("/portal")).isNull();
        assertThat(pages.expired("/portal")).isNotNull();
    }

    @Test
    void aDataChangeDropsExpiredAnswersToo() {
        pages.keep("/portal", pages.version(), "text/html", List.of(), "\"1\"", "side".getBytes());
        clock.now = clock.now.plus(RenderedPages.TTL).plusSeconds(1);

        pages.dataChanged();

        assertThat(pages.find("/portal")).isNull();
        assertThat(pages.expired("/portal")).isNull();
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-12-02T12:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
