package dk.pejling.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

class ReportFontsTest {

    @ParameterizedTest
    @ValueSource(strings = {"IBMPlexSans-Regular.ttf", "IBMPlexSans-Italic.ttf", "IBMPlexSans-Bold.ttf", "IBMPlexSans-BoldItalic.ttf"})
    void theCopyHasNoLigatureRulesAndEveryCharacterOfTheOriginal(String file) throws IOException {
        try (TrueTypeFont original = parse(readOriginal(file));
                TrueTypeFont copy = parse(ReportFonts.withoutLayoutTables(file))) {
            assertThat(original.getGsubData()).isNotSameAs(GsubData.NO_DATA_FOUND);
            assertThat(copy.getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
            assertThat(copy.getTableMap()).doesNotContainKeys("GSUB", "GPOS", "GDEF");

            CmapLookup before = original.getUnicodeCmapLookup();
            CmapLookup after = copy.getUnicodeCmapLookup();
            int mapped = 0;
            for (int codePoint = 0; codePoint <= 0xFFFF; codePoint++) {
                boolean inOriginal = before.getGlyphId(codePoint) != 0;
                assertThat(after.getGlyphId(codePoint) != 0).as("U+%04X", codePoint).isEqualTo(inOriginal);
                mapped += inOriginal ? 1 : 0;
            }
            assertThat(mapped).isGreaterThan(500);
            for (char c : "æøåÆØÅ–…€§".toCharArray()) {
                assertThat(copy.getAdvanceWidth(after.getGlyphId(c))).as("%s", c)
                        .isEqualTo(original.getAdvanceWidth(before.getGlyphId(c)));
            }
        }
    }

    private static byte[] readOriginal(String file) throws IOException {
        try (InputStream in = new ClassPathResource("static/vendor/dkfds/fonts/IBMPlexSans/complete/ttf/" + file).getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }
}
