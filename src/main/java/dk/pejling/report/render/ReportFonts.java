package dk.pejling.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.springframework.core.io.ClassPathResource;

/**
 * The report fonts (IBM Plex Sans from Det Fælles Designsystem), read once and kept as bytes without their
 * OpenType layout tables (GSUB, GPOS, GDEF).
 *
 * <p>Why: PDFBox applies a font's GSUB ligature rules to every string it draws, compiling regular
 * expressions each time; on the 2,000-initiative status report that was a fifth of the PDF time. Without
 * GSUB the text is also drawn glyph for character, so "fi" is copied, searched and read aloud as two
 * letters instead of a ligature glyph. PDFBox does not apply GPOS kerning, so nothing visible is lost.
 * Every character the font maps stays in the copy.
 */
final class ReportFonts {

    private static final String DIRECTORY = "static/vendor/dkfds/fonts/IBMPlexSans/complete/ttf/";

    /** The tables a TrueType font needs to be drawn and embedded; the layout tables are left out. */
    private static final List<String> KEPT_TABLES = List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap",
            "name", "OS/2", "post", "cvt ", "fpgm", "prep", "gasp");

    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

    private ReportFonts() {
    }

    /** The font file's bytes, without the layout tables. */
    static byte[] withoutLayoutTables(String file) {
        return CACHE.computeIfAbsent(file, ReportFonts::read);
    }

    private static byte[] read(String file) {
        ClassPathResource resource = new ClassPathResource(DIRECTORY + file);
        if (!resource.exists()) {
            throw new IllegalStateException("report font missing from the classpath: " + DIRECTORY + file
                    + " (the front-end build copies it from dkfds)");
        }
        try (InputStream in = resource.getInputStream();
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()))) {
            TTFSubsetter copy = new TTFSubsetter(font, KEPT_TABLES);
            copy.addAll(mappedCodePoints(font.getUnicodeCmapLookup()));
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            copy.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report font " + file, e);
        }
    }

    private static Set<Integer> mappedCodePoints(CmapLookup cmap) {
        Set<Integer> codePoints = new HashSet<>();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            if (cmap.getGlyphId(codePoint) != 0) {
                codePoints.add(codePoint);
            }
        }
        return codePoints;
    }
}
