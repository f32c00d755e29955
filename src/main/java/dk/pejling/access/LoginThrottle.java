package dk.pejling.access;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down without giving anyone a way to lock a user out. Failed form logins
 * are counted twice: per source address and per account name (also names that do not exist, so the
 * answer says nothing about which accounts do). After a number of free failures each further failure
 * doubles the wait before the next attempt is even checked (1 s, 2 s, 4 s … up to a cap); a wait
 * ends by itself and is never a lock.
 * <ul>
 * <li>A source that guesses is slowed down whichever accounts it tries (up to 15 minutes a try).</li>
 * <li>An account that many sources guess at is slowed down (up to 5 minutes a try), but not for a
 *     browser the account has signed in from before ({@link DeviceCookies}): the holder of the right
 *     password keeps signing in from their own device while someone else hammers the account.</li>
 * <li>API tokens are never affected: failed password logins do not touch them.</li>
 * </ul>
 * Counts live in memory per application instance, are forgotten a day after the last failure, and
 * at most {@link #MAX_KEYS} names and addresses are kept (the oldest go first), so a flood of made-up
 * names cannot fill the heap.
 */
@Component
public final class LoginThrottle {

    static final int FREE_PER_SOURCE = 10;
    static final int FREE_PER_ACCOUNT = 5;
    static final Duration SOURCE_CAP = Duration.ofMinutes(15);
    static final Duration ACCOUNT_CAP = Duration.ofMinutes(5);
    static final Duration FORGET_AFTER = Duration.ofHours(24);
    static final int MAX_KEYS = 50_000;

    /** One attempt: the name typed, the address it came from, and whether the browser is one the account used before. */
    public record Attempt(String username, String source, boolean knownDevice) {
        String account() {
            return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        }
    }

    private record Count(int failures, Instant last) {
    }

    private final Map<String, Count> sources = lru();
    private final Map<String, Count> accounts = lru();

    /** How long the attempt must wait before it is checked at all; empty when it may be checked now. */
    public synchronized Optional<Duration> wait(Attempt attempt, Instant now) {
        Duration wait = remaining(sources.get(attempt.source()), FREE_PER_SOURCE, SOURCE_CAP, now);
        if (!attempt.knownDevice()) {
            Duration account = remaining(accounts.get(attempt.account()), FREE_PER_ACCOUNT, ACCOUNT_CAP, now);
            wait = account.compareTo(wait) > 0 ? account : wait;
        }
        return wait.isPositive() ? Optional.of(wait) : Optional.empty();
    }

    /** A checked attempt failed. A known device's typing errors do not slow the account down for others. */
    public synchronized void failed(Attempt attempt, Instant now) {
        increment(sources, attempt.source(), now);
        if (!attempt.knownDevice()) {
            increment(accounts, attempt.account(), now);
        }
    }

    /** The right password: the account starts afresh. The source does not, or one own account would reset it. */
    public synchronized void succeeded(String username) {
        accounts.remove(new Attempt(username, null, false).account());
    }

    /** An administrator lifts the account's wait at once ("Lås op"). */
    public synchronized void lift(String username) {
        succeeded(username);
    }

    /** Until when new devices must wait before a password for the account is checked; empty when they need not. */
    public synchronized Optional<Instant> accountWaitsUntil(String username, Instant now) {
        Duration wait = remaining(accounts.get(new Attempt(username, null, false).account()), FREE_PER_ACCOUNT,
                ACCOUNT_CAP, now);
        return wait.isPositive() ? Optional.of(now.plus(wait)) : Optional.empty();
    }

    /** The account's failures counted so far (for tests and diagnosis). */
    synchronized int failuresOf(String username) {
        Count count = accounts.get(new Attempt(username, null, false).account());
        return count == null ? 0 : count.failures();
    }

    private static void increment(Map<String, Count> counts, String key, Instant now) {
        if (key == null) {
            return;
        }
        Count count = counts.get(key);
        boolean forgotten = count == null || count.last().plus(FORGET_AFTER).isBefore(now);
        counts.put(key, new Count(forgotten ? 1 : count.failures() + 1, now));
    }

    /** The wait after the last failure: none within the free failures, then 1 s doubling up to the cap. */
    static Duration delay(int failures, int free, Duration cap) {
        int over = failures - free;
        if (over <= 0) {
            return Duration.ZERO;
        }
        if (over > 31) {
            return cap;
        }
        Duration delay = Duration.ofSeconds(1L << (over - 1));
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    private static Duration remaining(Count count, int free, Duration cap, Instant now) {
        if (count == null || count.last().plus(FORGET_AFTER).isBefore(now)) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, count.last().plus(delay(count.failures(), free, cap)));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Map<String, Count> lru() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
                return size() > MAX_KEYS;
            }
        };
    }
}
