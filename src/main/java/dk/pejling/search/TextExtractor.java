package dk.pejling.search;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.springframework.stereotype.Component;

/**
 * Reads the text of an uploaded document (PDF, DOCX, XLSX, ODT, HTML, plain text) with Apache Tika,
 * within limits: files above the size limit are not opened, text beyond the write limit is cut, and a parse
 * that takes longer than the time limit is abandoned (on its own thread, so the caller is never held).
 * Nothing here throws: an encrypted, broken, scanned (no text) or oversized file gives a result with the
 * reason, so the upload is kept and the reason can be shown.
 */
@Component
public class TextExtractor {

    private final SearchProperties.Extraction limits;
    /*
     * Built on the first extraction, not at start-up: AutoDetectParser loads and links every parser Tika
     * ships (a few hundred classes), which a start that extracts nothing should not pay for (issue 18's
     * first-start target). Thread-safe: AutoDetectParser is, and the holder idiom makes one.
     */
    private static final class Parser {
        static final AutoDetectParser INSTANCE = new AutoDetectParser();
    }
    private final ExecutorService parsing = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("tika-", 0).factory());

    public TextExtractor(SearchProperties properties) {
        this.limits = properties.extraction();
    }

    /** What came out: the text, or the reason none did (in Danish, shown after "tekst kunne ikke udtrækkes: "). */
    public record Extracted(boolean ok, String text, String reason, String parser) {

        static Extracted failed(String reason) {
            return new Extracted(false, "", reason, null);
        }
    }

    public Extracted extract(InputStream content, String fileName, long size) {
        if (size > limits.maxBytes()) {
            return Extracted.failed("filen er større end " + (limits.maxBytes() / (1024 * 1024)) + " MB");
        }
        Future<Extracted> running = parsing.submit(() -> parse(content, fileName));
        try {
            return running.get(limits.timeoutSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            return Extracted.failed("det tog mere end " + limits.timeoutSeconds() + " sekunder at læse filen");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.cancel(true);
            return Extracted.failed("udtrækningen blev afbrudt");
        } catch (ExecutionException e) {
            return Extracted.failed("filen kunne ikke læses (" + e.getCause().getClass().getSimpleName() + ")");
        }
    }

    private Extracted parse(InputStream content, String fileName) {
        BodyContentHandler handler = new BodyContentHandler(limits.maxChars());
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        boolean cut = false;
        try {
            Parser.INSTANCE.parse(content, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            return Extracted.failed("filen er krypteret eller beskyttet med adgangskode");
        } catch (Exception e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                cut = true; // keep the text up to the limit
            } else {
                return Extracted.failed("filen er beskadiget eller i et format, der ikke kan læses");
            }
        } catch (StackOverflowError | OutOfMemoryError e) {
            return Extracted.failed("filen er for kompleks til at blive læst");
        }
        String text = handler.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll("\\n\\s*\\n+", "\n\n").strip();
        String used = metadata.get("X-TIKA:Parsed-By") == null ? null : String.join(",", metadata.getValues("X-TIKA:Parsed-By"));
        if (text.isEmpty()) {
            return new Extracted(false, "", "filen indeholder ingen tekst (måske et scannet billede)", used);
        }
        return new Extracted(true, text, cut ? "kun de første " + limits.maxChars() + " tegn er læst" : null, used);
    }

    /** For callers that hold a stream they must close. */
    public Extracted extract(IOSupplier content, String fileName, long size) {
        try (InputStream in = content.open()) {
            return extract(in, fileName, size);
        } catch (IOException | java.io.UncheckedIOException e) {
            return Extracted.failed("filen kunne ikke åbnes");
        }
    }

    @FunctionalInterface
    public interface IOSupplier {
        InputStream open() throws IOException;
    }
}
