package dk.pejling.archive.engine;

import dk.pejling.archive.Problem;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Opens an archive from a file and checks it before anything reads its data: a zip with a central
 * directory (a truncated download has none), a manifest of a format this version reads, exactly the
 * entries the manifest lists, each of the size and SHA-256 it states. Entries are read through a
 * stream that stops at the stated size, so a zip bomb cannot expand past what the manifest declared,
 * and the declared total is capped.
 */
public final class ArchiveReader implements Closeable {

    private static final int END_RECORD_BYTES = 22;
    private static final int END_RECORD_SIGNATURE = 0x06054b50;

    private static final long MAX_MANIFEST_BYTES = 16L * 1024 * 1024;

    private final ZipFile zip;
    private final Manifest manifest;
    private final List<Problem> problems;

    private ArchiveReader(ZipFile zip, Manifest manifest, List<Problem> problems) {
        this.zip = zip;
        this.manifest = manifest;
        this.problems = problems;
    }

    /**
     * Whether the file's last 22 bytes are a zip end record without a comment, as every archive Pejling writes ends.
     * A zip reader searches backwards for the end record; in a truncated archive it would find the end record of a
     * document stored uncompressed inside it (a DOCX or XLSX is a zip) and read that document as the archive.
     */
    private static boolean endsWithEndRecord(Path file) {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            if (size < END_RECORD_BYTES) {
                return false;
            }
            ByteBuffer end = ByteBuffer.allocate(END_RECORD_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            channel.position(size - END_RECORD_BYTES);
            while (end.hasRemaining() && channel.read(end) >= 0) {
                // read the whole record
            }
            return end.getInt(0) == END_RECORD_SIGNATURE && end.getShort(END_RECORD_BYTES - 2) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Opens and checks an archive; {@link #problems()} says what is wrong with it.
     *
     * @param maxExpandedBytes the most all entries together may expand to
     */
    public static ArchiveReader open(Path file, long maxExpandedBytes) {
        List<Problem> problems = new ArrayList<>();
        if (!endsWithEndRecord(file)) {
            problems.add(new Problem("not-zip", null, "the file does not end with a zip archive's end record"));
            return new ArchiveReader(null, null, problems);
        }
        ZipFile zip;
        try {
            zip = ZipFile.builder().setPath(file).get();
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem("not-zip", null, e.getMessage()));
            return new ArchiveReader(null, null, problems);
        }
        ZipArchiveEntry manifestEntry = zip.getEntry(Manifest.NAME);
        if (manifestEntry == null) {
            problems.add(new Problem("no-manifest", null, null));
            return new ArchiveReader(zip, null, problems);
        }
        Manifest manifest;
        try (InputStream in = new Limited(zip.getInputStream(manifestEntry), MAX_MANIFEST_BYTES, Manifest.NAME)) {
            manifest = Manifest.parse(in.readAllBytes());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("bad-manifest", Manifest.NAME, e.getMessage()));
            return new ArchiveReader(zip, null, problems);
        } catch (IOException e) {
            problems.add(new Problem(e instanceof TooLarge ? "size" : "not-zip", Manifest.NAME, e.getMessage()));
            return new ArchiveReader(zip, null, problems);
        }
        ArchiveReader reader = new ArchiveReader(zip, manifest, problems);
        reader.checkEntries(file, maxExpandedBytes);
        return reader;
    }

    private void checkEntries(Path file, long maxExpandedBytes) {
        Set<String> present = new TreeSet<>();
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            if (entry.isDirectory() || entry.getName().equals(Manifest.NAME)) {
                continue;
            }
            present.add(entry.getName());
            Manifest.Entry declared = manifest.entries().get(entry.getName());
            if (declared == null) {
                problems.add(new Problem("unexpected-entry", entry.getName(), null));
            } else if (entry.getSize() >= 0 && entry.getSize() != declared.size()) {
                problems.add(new Problem("size", entry.getName(), entry.getSize() + " bytes, manifest says " + declared.size()));
            }
        }
        long declaredTotal = 0;
        for (Map.Entry<String, Manifest.Entry> e : manifest.entries().entrySet()) {
            if (!present.contains(e.getKey())) {
                problems.add(new Problem("missing-entry", e.getKey(), null));
            }
            declaredTotal += Math.max(0, e.getValue().size());
        }
        if (declaredTotal > maxExpandedBytes) {
            problems.add(new Problem("too-large", null, declaredTotal + " bytes, at most " + maxExpandedBytes));
        }
        if (problems.isEmpty()) {
            verifyChecksums();
        }
    }

    /** Reads every entry once, through the size limit, and compares its SHA-256 with the manifest. */
    private void verifyChecksums() {
        byte[] buffer = new byte[64 * 1024];
        for (Map.Entry<String, Manifest.Entry> e : manifest.entries().entrySet()) {
            MessageDigest digest = EntryOutput.sha256();
            try (InputStream in = entry(e.getKey())) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            } catch (TooLarge tooLarge) {
                problems.add(new Problem("size", e.getKey(), tooLarge.getMessage()));
                continue;
            } catch (IOException | RuntimeException broken) {
                problems.add(new Problem("not-zip", e.getKey(), broken.getMessage()));
                continue;
            }
            if (!HexFormat.of().formatHex(digest.digest()).equals(e.getValue().sha256())) {
                problems.add(new Problem("checksum", e.getKey(), null));
            }
        }
    }

    public Manifest manifest() {
        return manifest;
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public boolean has(String name) {
        return manifest != null && manifest.entries().containsKey(name);
    }

    /** The entry's bytes, never more than the manifest declared. */
    public InputStream entry(String name) throws IOException {
        ZipArchiveEntry entry = zip.getEntry(name);
        Manifest.Entry declared = manifest.entries().get(name);
        if (entry == null || declared == null) {
            throw new IOException("no entry " + name);
        }
        return new Limited(zip.getInputStream(entry), declared.size(), name);
    }

    /** The names of the archive's entries under a folder ("data/"). */
    public List<String> entriesUnder(String folder) {
        return manifest.entries().keySet().stream().filter(n -> n.startsWith(folder)).toList();
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        }
    }

    /** Reading past the declared size. */
    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    /** Stops with {@link TooLarge} as soon as more than {@code limit} bytes come out. */
    private static final class Limited extends FilterInputStream {
        private final long limit;
        private final String name;
        private long read;

        Limited(InputStream in, long limit, String name) {
            super(in);
            this.limit = limit;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            // Asks for one byte more than allowed, so an entry that goes on is caught, not cut short.
            int n = in.read(b, off, (int) Math.min(len, Math.max(1, limit - read + 1)));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) throws TooLarge {
            read += n;
            if (read > limit) {
                throw new TooLarge(name + " expands beyond the " + limit + " bytes the manifest declares");
            }
        }
    }

}
