package dk.pejling.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The chart tells the truth about scale: counts and shares from zero, units on the axis, a cut marked. */
class IndicatorChartTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static Indicator indicator(Unit unit) {
        return Indicator.create("chart-" + unit.code(), new IndicatorDetails("Anmeldelser", null, unit, 0,
                Direction.LOWER_IS_BETTER, null, null, null, null, null, null, List.of(), List.of(), List.of()), NOW);
    }

    private static Measurement value(Indicator i, String period, String value, String low, String high) {
        return Measurement.enter(i, new MeasurementInput(MeasurementPeriod.of(period), null, new BigDecimal(value), null,
                low == null ? null : new BigDecimal(low), high == null ? null : new BigDecimal(high), null, null, null, null),
                null, "test", NOW);
    }

    /** The lowest tick label of the y-axis: the first text right-aligned left of the axis. */
    private static String lowestTick(String svg) {
        Matcher m = Pattern.compile("<text x=\"58\" y=\"[0-9.]+\" text-anchor=\"end\"[^>]*>([^<]*)</text>").matcher(svg);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void aCountStartsAtZeroEvenWhenTheValuesAreFarFromIt() {
        Indicator count = indicator(Unit.COUNT);
        String svg = IndicatorChart.svg(count, List.of(value(count, "2016", "1720", null, null),
                value(count, "2017", "1749", null, null), value(count, "2018", "1777", null, null)), Sentences.DA, "c");

        assertThat(lowestTick(svg)).isEqualTo("0");
        assertThat(svg).contains(">Antal</text>").doesNotContain("aksen starter ikke ved 0");
    }

    @Test
    void aScoreFarFromZeroIsCutAndSaysSo() {
        Indicator score = indicator(Unit.SCORE);
        String svg = IndicatorChart.svg(score, List.of(value(score, "2016", "1720", null, null),
                value(score, "2018", "1777", null, null)), Sentences.EN, "c");

        assertThat(lowestTick(svg)).isNotEqualTo("0");
        assertThat(svg).contains("Score (axis does not start at 0)");
    }

    @Test
    void aConfidenceIntervalIsDrawnAsABandAroundItsValue() {
        Indicator share = indicator(Unit.PERCENT);
        String svg = IndicatorChart.svg(share, List.of(value(share, "2018", "71", "65", "77")), Sentences.DA, "c");

        assertThat(svg).contains("Procent (%)").contains("fill-opacity=\"0.15\"");
        String none = IndicatorChart.svg(share, List.of(value(share, "2018", "71", null, null)), Sentences.DA, "c");
        assertThat(none).doesNotContain("fill-opacity=\"0.15\"");
    }

    @Test
    void neighbouringIntervalsMakeOneBandAndTheDescriptionReadsThem() {
        Indicator share = indicator(Unit.PERCENT);
        String svg = IndicatorChart.svg(share, List.of(value(share, "2015", "70", "64", "76"), value(share, "2016", "72", "66", "78"),
                value(share, "2017", "79", "74", "84"), value(share, "2018", "80", null, null)), Sentences.DA, "c");

        Matcher band = Pattern.compile("<path class=\"pejling-chart-band\" d=\"([^\"]*)\"").matcher(svg);
        assertThat(band.find()).isTrue();
        // upper ends of 2015–2017 left to right, then their lower ends back, closed: six corners
        assertThat(band.group(1).split("[ML]")).hasSize(7);
        assertThat(band.group(1)).endsWith("Z");
        assertThat(band.find()).as("one band for one run of intervals").isFalse();
        assertThat(svg.indexOf("pejling-chart-band")).as("the band lies behind the line").isLessThan(svg.indexOf("stroke-width=\"2.5\""));
        assertThat(svg).contains("Skygge: 95 %-interval").contains("2017: 79 % (95 %-interval 74–84 %)");
    }

    @Test
    void aValueFromGeneratedDataMakesTheChartSaySyntetisk() {
        Indicator share = indicator(Unit.PERCENT);
        Measurement generated = Measurement.enter(share, new MeasurementInput(MeasurementPeriod.of("2017"), null,
                new BigDecimal("80"), null, new BigDecimal("78"), new BigDecimal("82"), null,
                "Pejling tryghedsindeks 1.0.0, aalborg (SYNTETISK)", null, null), null, "test", NOW);
        String svg = IndicatorChart.svg(share, List.of(generated), Sentences.DA, "c");
        assertThat(svg).contains(">SYNTETISK</text>").contains("<desc id=\"c-desc\">SYNTETISK: genererede data");
        assertThat(IndicatorChart.svg(share, List.of(value(share, "2017", "80", "78", "82")), Sentences.DA, "c")).doesNotContain("SYNTETISK");
    }

    @Test
    void aChangeAroundZeroIsNotCalledACutAxis() {
        Indicator change = indicator(Unit.PERCENTAGE_POINTS);
        String svg = IndicatorChart.svg(change, List.of(value(change, "2016", "1.4", "-1.2", "4.1"),
                value(change, "2017", "2.6", "0.1", "5.1")), Sentences.DA, "c");
        assertThat(svg).contains(">Procentpoint</text>").doesNotContain("aksen starter ikke ved 0");
    }
}
