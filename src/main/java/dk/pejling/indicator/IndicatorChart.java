package dk.pejling.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Draws an indicator's values with its baseline and target lines as an accessible SVG, on the
 * server, so the same chart serves the web page and the PDF reports. Written by hand rather than
 * with a charting library because it must carry a title, a description and a data table
 * alternative, contain no script, and render without AWT in the PDF engine; it is one line chart.
 */
public final class IndicatorChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 320;
    private static final int LEFT = 64;
    private static final int RIGHT = 24;
    private static final int TOP = 24;
    private static final int BOTTOM = 56;

    private IndicatorChart() {
    }

    /** The label of values computed from generated data (the safety index demo), the same in both languages. */
    static final String SYNTHETIC = "SYNTETISK";

    /** A horizontal line: a baseline or a target level. */
    record Line(String label, BigDecimal value, boolean target) {
    }

    /**
     * The chart and its text alternative as two values: the SVG (which carries the description in its
     * {@code <desc>} for screen readers) and the description itself, for a report's alt text or a caption.
     */
    public record Drawing(String svg, String description) {
    }

    public static String svg(Indicator indicator, List<Measurement> current, IndicatorWords.Wording words, String id) {
        return draw(indicator, current, words, id).svg();
    }

    /** The chart in the language of {@code words}: its axis, lines, legend and description are messages ({@code indicator.chart.*}). */
    public static Drawing draw(Indicator indicator, List<Measurement> current, IndicatorWords.Wording words, String id) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        Map<String, Measurement> byLabel = new LinkedHashMap<>();
        current.forEach(m -> byLabel.put(words.periodAndStep(m.period(), m.step()), m));
        current.stream()
                .sorted((a, b) -> a.period().compareTo(b.period()) != 0 ? a.period().compareTo(b.period())
                        : Objects.toString(a.step(), "").compareTo(Objects.toString(b.step(), "")))
                .forEach(m -> points.put(words.periodAndStep(m.period(), m.step()), m.value()));
        List<Line> lines = new ArrayList<>();
        indicator.baselines().stream().filter(b -> b.value() != null).forEach(b -> lines.add(new Line(
                words.text("indicator.chart.baseline") + (b.population() == null ? "" : " (" + b.population() + ")"), b.value(), false)));
        for (TargetSpec t : indicator.targetSpecs()) {
            if (t.value() != null && (t.kind() == TargetKind.AT_LEAST || t.kind() == TargetKind.AT_MOST
                    || t.kind() == TargetKind.RETURN_TO_LEVEL || t.kind() == TargetKind.WITHIN_RANGE)) {
                lines.add(new Line(words.text("indicator.chart.target", words.periodAndStep(t.period(), t.step())), t.value(), true));
            }
        }
        // a value computed from generated data says so in its source; the chart that draws it says so too
        boolean synthetic = current.stream().anyMatch(m -> m.source() != null && m.source().contains(SYNTHETIC));
        String title = indicator.name() + (synthetic ? " (" + SYNTHETIC + ")" : "");
        String desc = (synthetic ? words.text("indicator.chart.synthetic", SYNTHETIC) + " " : "")
                + description(indicator, points, byLabel, lines, words);
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pejling-chart\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(desc)).append("</desc>");
        if (points.isEmpty()) {
            svg.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT / 2)
                    .append("\" text-anchor=\"middle\" font-size=\"14\" fill=\"#333333\">")
                    .append(escape(words.text("indicator.chart.empty"))).append("</text></svg>");
            return new Drawing(svg.toString(), desc);
        }
        double min = points.values().stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double max = points.values().stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        for (Line line : lines) {
            min = Math.min(min, line.value().doubleValue());
            max = Math.max(max, line.value().doubleValue());
        }
        for (Measurement m : current) {
            if (m.ciLow() != null) {
                min = Math.min(min, m.ciLow().doubleValue());
            }
            if (m.ciHigh() != null) {
                max = Math.max(max, m.ciHigh().doubleValue());
            }
        }
        // Counts, shares and amounts start at zero, so a change of 3 % does not look like a doubling;
        // other scales start at zero when the data are not far from it, else the axis is marked as cut.
        if (min >= 0 && (startsAtZero(indicator.unit()) || min < (max - min))) {
            min = 0;
        }
        double span = max - min == 0 ? Math.max(1, Math.abs(max)) : max - min;
        double lo = min == 0 ? 0 : min - span * 0.05;
        double hi = max + span * 0.1;
        axes(svg, lo, hi, indicator.decimals(), words);
        svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(TOP - 10)
                .append("\" text-anchor=\"start\" font-size=\"11\" fill=\"#333333\">")
                .append(escape(lo > 0 ? words.text("indicator.chart.axisCut", axisTitle(indicator.unit(), words)) : axisTitle(indicator.unit(), words)))
                .append("</text>");
        if (synthetic) {
            svg.append("<text x=\"").append(WIDTH - RIGHT).append("\" y=\"").append(TOP - 10)
                    .append("\" text-anchor=\"end\" font-size=\"12\" font-weight=\"bold\" fill=\"#b30000\">").append(SYNTHETIC)
                    .append("</text>");
        }
        if (lo > 0) { // an axis that reaches below 0 shows 0 and is not cut
            int y0 = HEIGHT - BOTTOM;
            svg.append("<path d=\"M").append(LEFT - 6).append(' ').append(y0 - 10).append(" l12 -4 M").append(LEFT - 6).append(' ')
                    .append(y0 - 4).append(" l12 -4\" stroke=\"#333333\" stroke-width=\"2\"/>");
        }
        List<String> labels = new ArrayList<>(points.keySet());
        double inset = 48; // keeps the first and last period labels inside the drawing
        double step = labels.size() == 1 ? 0 : (WIDTH - LEFT - RIGHT - 2 * inset) / (labels.size() - 1);
        for (Line line : lines) {
            double y = y(line.value().doubleValue(), lo, hi);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"").append(line.target() ? "#b30000" : "#454545")
                    .append("\" stroke-width=\"2\" stroke-dasharray=\"").append(line.target() ? "8 4" : "2 4").append("\"/>")
                    .append("<text x=\"").append(WIDTH - RIGHT).append("\" y=\"").append(fmt(y - 4))
                    .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"").append(line.target() ? "#b30000" : "#333333").append("\">")
                    .append(escape(line.label() + ": " + words.number(line.value(), indicator.decimals()))).append("</text>");
        }
        double[] xs = new double[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            xs[i] = labels.size() == 1 ? (LEFT + WIDTH - RIGHT) / 2.0 : LEFT + inset + i * step;
        }
        bands(svg, labels, byLabel, xs, lo, hi, words);
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            double x = xs[i];
            double y = y(points.get(labels.get(i)).doubleValue(), lo, hi);
            path.append(i == 0 ? "M" : " L").append(fmt(x)).append(' ').append(fmt(y));
            svg.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"4\" fill=\"#0059b3\"/>")
                    .append("<text x=\"").append(fmt(x)).append("\" y=\"").append(HEIGHT - BOTTOM + 18)
                    .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#333333\">").append(escape(labels.get(i))).append("</text>");
        }
        svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#0059b3\" stroke-width=\"2.5\"/>");
        svg.append("</svg>");
        return new Drawing(svg.toString(), desc);
    }

    /**
     * The 95 % intervals as a shaded band behind the line: one polygon over each run of neighbouring
     * values that have an interval (upper ends left to right, lower ends back), so the reader sees the
     * whole range the value may lie in between them; a value whose neighbours have none gets a short
     * band of its own. A legend says what the shade is.
     */
    private static void bands(StringBuilder svg, List<String> labels, Map<String, Measurement> byLabel, double[] xs,
                              double lo, double hi, IndicatorWords.Wording words) {
        boolean any = false;
        int i = 0;
        while (i < labels.size()) {
            if (!hasInterval(byLabel.get(labels.get(i)))) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < labels.size() && hasInterval(byLabel.get(labels.get(end + 1)))) {
                end++;
            }
            any = true;
            StringBuilder d = new StringBuilder();
            if (end == i) {
                Measurement m = byLabel.get(labels.get(i));
                d.append('M').append(fmt(xs[i] - 10)).append(' ').append(fmt(y(m.ciHigh().doubleValue(), lo, hi)))
                        .append(" H").append(fmt(xs[i] + 10)).append(" V").append(fmt(y(m.ciLow().doubleValue(), lo, hi)))
                        .append(" H").append(fmt(xs[i] - 10)).append(" Z");
            } else {
                for (int k = i; k <= end; k++) {
                    d.append(k == i ? "M" : " L").append(fmt(xs[k])).append(' ')
                            .append(fmt(y(byLabel.get(labels.get(k)).ciHigh().doubleValue(), lo, hi)));
                }
                for (int k = end; k >= i; k--) {
                    d.append(" L").append(fmt(xs[k])).append(' ').append(fmt(y(byLabel.get(labels.get(k)).ciLow().doubleValue(), lo, hi)));
                }
                d.append(" Z");
            }
            svg.append("<path class=\"pejling-chart-band\" d=\"").append(d)
                    .append("\" fill=\"#0059b3\" fill-opacity=\"0.15\" stroke=\"#0059b3\" stroke-width=\"1\" stroke-opacity=\"0.5\"/>");
            i = end + 1;
        }
        if (any) {
            svg.append("<rect x=\"").append(LEFT + 4).append("\" y=\"").append(HEIGHT - 20).append("\" width=\"14\" height=\"10\" ")
                    .append("fill=\"#0059b3\" fill-opacity=\"0.15\" stroke=\"#0059b3\" stroke-width=\"1\"/>");
            svg.append("<text x=\"").append(LEFT + 24).append("\" y=\"").append(HEIGHT - 11)
                    .append("\" font-size=\"11\" fill=\"#333333\">").append(escape(words.text("indicator.chart.bandLegend"))).append("</text>");
        }
    }

    private static boolean hasInterval(Measurement m) {
        return m != null && m.ciLow() != null && m.ciHigh() != null;
    }

    /** Units whose natural scale starts at zero: a bar or line of them is read against nothing. */
    static boolean startsAtZero(Unit unit) {
        return unit == Unit.COUNT || unit == Unit.PERCENT || unit == Unit.DKK || unit == Unit.FULL_TIME_PERSONS
                || unit == Unit.FULL_YEAR_PERSONS;
    }

    /** The y-axis title: the unit, so "1.749" is never a bare number. */
    static String axisTitle(Unit unit, IndicatorWords.Wording words) {
        return words.text("indicator.chart.axis." + (unit == null ? "NONE" : unit.name()));
    }

    private static void axes(StringBuilder svg, double lo, double hi, int decimals, IndicatorWords.Wording words) {
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT).append("\" y2=\"")
                .append(HEIGHT - BOTTOM).append("\" stroke=\"#333333\"/>")
                .append("<line x1=\"").append(LEFT).append("\" y1=\"").append(HEIGHT - BOTTOM).append("\" x2=\"").append(WIDTH - RIGHT)
                .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"#333333\"/>");
        for (int i = 0; i <= 4; i++) {
            double v = lo + (hi - lo) * i / 4;
            double y = y(v, lo, hi);
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4)).append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#333333\">")
                    .append(escape(words.number(BigDecimal.valueOf(v), Math.max(decimals, hi - lo < 10 ? 1 : 0))))
                    .append("</text><line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#e0e0e0\"/>");
        }
    }

    private static String description(Indicator indicator, Map<String, BigDecimal> points, Map<String, Measurement> byLabel,
                                      List<Line> lines, IndicatorWords.Wording words) {
        List<String> parts = new ArrayList<>();
        points.forEach((label, value) -> {
            Measurement m = byLabel.get(label);
            String interval = !hasInterval(m) ? "" : " (" + words.text("indicator.chart.interval",
                    words.number(m.ciLow(), indicator.decimals()), words.quantity(m.ciHigh(), indicator.decimals(), indicator.unit())) + ")";
            parts.add(label + ": " + words.quantity(value, indicator.decimals(), indicator.unit()) + interval);
        });
        lines.forEach(l -> parts.add(l.label() + ": " + words.quantity(l.value(), indicator.decimals(), indicator.unit())));
        return words.text("indicator.chart.lineChart", String.join("; ", parts));
    }

    private static double y(double v, double lo, double hi) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (v - lo) / (hi - lo));
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
