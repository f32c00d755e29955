package dk.pejling.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The calculators answer a reason and numbers; the sentences come from the message bundles. Every kind
 * of sentence, in Danish and English, is still word for word what readers got when the calculators wrote
 * the sentences themselves (verdict-sentences.tsv holds that wording).
 */
class VerdictSentencesTest {

    private static Map<String, String> expected() throws IOException {
        Map<String, String> sentences = new LinkedHashMap<>();
        try (InputStream in = VerdictSentencesTest.class.getResourceAsStream("verdict-sentences.tsv")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.split("\t", 3)).forEach(f -> sentences.put(f[0] + "/" + f[1], f[2]));
        }
        return sentences;
    }

    @Test
    void everyKindOfVerdictReadsAsBeforeInDanishAndEnglish() throws IOException {
        Map<String, String> expected = expected();
        Map<String, IndicatorVerdict> cases = SentenceCases.all();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(15);
        cases.forEach((name, verdict) -> {
            assertThat(Sentences.da(verdict.explanation())).as(name).isEqualTo(expected.get(name + "/da"));
            assertThat(Sentences.en(verdict.explanation())).as(name).isEqualTo(expected.get(name + "/en"));
        });
        ManualVerdict manual = ManualVerdict.create(UUID.randomUUID(), MeasurementPeriod.of("2018"),
                Attainment.PARTLY_REACHED, "Kampagnen kom sent i gang.", "x", Instant.now());
        assertThat(Sentences.da(manual.explanation())).isEqualTo(expected.get("manual/da"));
        assertThat(Sentences.en(manual.explanation())).isEqualTo(expected.get("manual/en"));
    }

    @Test
    void theCalculatorAnswersAReasonAndNumbersNotWords() {
        IndicatorVerdict verdict = SentenceCases.all().get("atMostAbove");
        Explanation why = verdict.explanation();
        assertThat(why.reason()).isEqualTo(Explanation.Reason.LEVEL);
        assertThat(why.arguments()).contains(new Explanation.Quantity(new java.math.BigDecimal("1774"), 0, Unit.COUNT),
                Attainment.NOT_REACHED);
        assertThat(why.arguments()).noneMatch(a -> a instanceof String);
        assertThat(SentenceCases.all().get("combined").explanation().reason()).isEqualTo(Explanation.Reason.COMBINED);
        assertThat(SentenceCases.all().get("noReference").explanation().reason()).isEqualTo(Explanation.Reason.NO_REFERENCE);
    }
}
