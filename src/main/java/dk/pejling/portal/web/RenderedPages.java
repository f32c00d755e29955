package dk.pejling.portal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.springframework.stereotype.Component;

/**
 * The portal's rendered answers, kept until the data changes. Every committed change anywhere in the
 * application moves the data version ({@link DataChanges}) and empties the store; an answer rendered
 * while the version moved is not kept, so a page that read data from before a change can never be
 * served after it. A portal page is the same for every visitor, so one stored answer serves everyone.
 *
 * <p>Bounded twice: at most {@value #MAX_ENTRIES} answers (the query string is the visitor's, so the
 * keys are not ours to trust: a full store drops an arbitrary answer to make room) and none larger
 * than {@value #MAX_BODY} bytes. A stored answer also expires after {@link #TTL}, a safety net for a
 * change that no transaction of this instance saw (a second instance on the same database).
 */
@Component
class RenderedPages {

    static final int MAX_ENTRIES = 2000;
    static final int MAX_BODY = 2 * 1024 * 1024;
    static final Duration TTL = Duration.ofMinutes(5);

    /** A stored answer: status 200, its headers (no cookies), its body and the body gzipped once. */
    record Answer(String contentType, List<Map.Entry<String, String>> headers, String etag, byte[] body, byte[] gzipped,
                  Instant expires) {
    }

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, java.util.concurrent.CompletableFuture<Void>> rendering = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();
    private final Clock clock;

    RenderedPages(Clock clock) {
        this.clock = clock;
    }

    /** The data version now: read before rendering, handed back to {@link #keep}. */
    long version() {
        return version.get();
    }

    /** A stored answer still within its {@link #TTL}. */
    Answer find(String key) {
        Answer answer = answers.get(key);
        return answer == null || clock.instant().isAfter(answer.expires()) ? null : answer;
    }

    /**
     * A stored answer past its {@link #TTL}, for the visitors who come while one request renders the page
     * again: the TTL is only a safety net (a data change this instance saw has already dropped every
     * answer), so they get the expired page at once instead of all waiting for the rendering; at 200
     * requests a second, waiting made the 99th percentile of the run in which the TTL ran out 446 ms.
     */
    Answer expired(String key) {
        Answer answer = answers.get(key);
        return answer != null && clock.instant().isAfter(answer.expires()) ? answer : null;
    }

    /** Keeps an answer rendered at {@code renderedAt} unless the data changed meanwhile (or it is too big). */
    void keep(String key, long renderedAt, String contentType, List<Map.Entry<String, String>> headers, String etag,
              byte[] body) {
        if (body.length > MAX_BODY || version.get() != renderedAt) {
            return;
        }
        if (answers.size() >= MAX_ENTRIES) {
            Iterator<String> any = answers.keySet().iterator();
            if (any.hasNext()) {
                answers.remove(any.next());
            }
        }
        answers.put(key, new Answer(contentType, List.copyOf(headers), etag, body, gzip(body), clock.instant().plus(TTL)));
        if (version.get() != renderedAt) {
            answers.remove(key); // the data changed while it was being stored
        }
    }

    /**
     * Claims the rendering of a missing answer: null when this caller renders it (and must call
     * {@link #rendered}), else the rendering under way, to wait for. After a change every visitor of a
     * page misses at once; one rendering, not hundreds, keeps the others waiting for milliseconds instead
     * of the machine busy for seconds.
     */
    java.util.concurrent.CompletableFuture<Void> claim(String key) {
        return rendering.putIfAbsent(key, new java.util.concurrent.CompletableFuture<>());
    }

    void rendered(String key) {
        java.util.concurrent.CompletableFuture<Void> done = rendering.remove(key);
        if (done != null) {
            done.complete(null);
        }
    }

    /** The data changed: nothing stored so far may be served again. */
    void dataChanged() {
        version.incrementAndGet();
        answers.clear();
    }

    int size() {
        return answers.size();
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new IllegalStateException("gzip in memory", e);
        }
        return out.toByteArray();
    }
}
