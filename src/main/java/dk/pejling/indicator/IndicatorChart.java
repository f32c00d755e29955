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

    /** A horizontal line: a baseline or a target level. */
    record Line(String label, BigDecimal value, boolean target) {
    }

    public static String svg(Indicator indicator, List<Measurement> current, boolean danish, String id) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        current.stream()
                .sorted((a, b) -> a.period().compareTo(b.period()) != 0 ? a.period().compareTo(b.period())
                        : Objects.toString(a.step(), "").compareTo(Objects.toString(b.step(), "")))
                .forEach(m -> points.put(label(m.period(), m.step(), danish), m.value()));
        List<Line> lines = new ArrayList<>();
        indicator.baselines().stream().filter(b -> b.value() != null).forEach(b -> lines.add(new Line(
                (danish ? "Udgangspunkt" : "Baseline") + (b.population() == null ? "" : " (" + b.population() + ")"), b.value(), false)));
        for (TargetSpec t : indicator.targetSpecs()) {
            if (t.value() != null && (t.kind() == TargetKind.AT_LEAST || t.kind() == TargetKind.AT_MOST
                    || t.kind() == TargetKind.RETURN_TO_LEVEL || t.kind() == TargetKind.WITHIN_RANGE)) {
                lines.add(new Line((danish ? "Mål " : "Target ") + label(t.period(), t.step(), danish), t.value(), true));
            }
        }
        String title = indicator.name();
        String desc = description(indicator, points, lines, danish);
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pejling-chart\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(desc)).append("</desc>");
        if (points.isEmpty()) {
            svg.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT / 2)
                    .append("\" text-anchor=\"middle\" font-size=\"14\" fill=\"#333333\">")
                    .append(danish ? "Ingen målinger endnu" : "No values yet").append("</text></svg>");
            return svg.toString();
        }
        double min = points.values().stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double max = points.values().stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        for (Line line : lines) {
            min = Math.min(min, line.value().doubleValue());
            max = Math.max(max, line.value().doubleValue());
        }
        if (min >= 0 && min < (max - min)) {
            min = 0; // start at zero when the data is not far from it, so differences are not exaggerated
        }
        double span = max - min == 0 ? Math.max(1, Math.abs(max)) : max - min;
        double lo = min == 0 ? 0 : min - span * 0.05;
        double hi = max + span * 0.1;
        axes(svg, lo, hi, indicator.decimals(), danish);
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
                    .append(escape(line.label() + ": " + NumberText.number(line.value(), indicator.decimals(), danish))).append("</text>");
        }
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            double x = labels.size() == 1 ? (LEFT + WIDTH - RIGHT) / 2.0 : LEFT + inset + i * step;
            double y = y(points.get(labels.get(i)).doubleValue(), lo, hi);
            path.append(i == 0 ? "M" : " L").append(fmt(x)).append(' ').append(fmt(y));
            svg.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"4\" fill=\"#0059b3\"/>")
                    .append("<text x=\"").append(fmt(x)).append("\" y=\"").append(HEIGHT - BOTTOM + 18)
                    .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#333333\">").append(escape(labels.get(i))).append("</text>");
        }
        svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#0059b3\" stroke-width=\"2.5\"/>");
        svg.append("</svg>");
        return svg.toString();
    }

    private static void axes(StringBuilder svg, double lo, double hi, int decimals, boolean danish) {
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT).append("\" y2=\"")
                .append(HEIGHT - BOTTOM).append("\" stroke=\"#333333\"/>")
                .append("<line x1=\"").append(LEFT).append("\" y1=\"").append(HEIGHT - BOTTOM).append("\" x2=\"").append(WIDTH - RIGHT)
                .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"#333333\"/>");
        for (int i = 0; i <= 4; i++) {
            double v = lo + (hi - lo) * i / 4;
            double y = y(v, lo, hi);
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4)).append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#333333\">")
                    .append(escape(NumberText.number(BigDecimal.valueOf(v), Math.max(decimals, hi - lo < 10 ? 1 : 0), danish)))
                    .append("</text><line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#e0e0e0\"/>");
        }
    }

    private static String description(Indicator indicator, Map<String, BigDecimal> points, List<Line> lines, boolean danish) {
        List<String> parts = new ArrayList<>();
        points.forEach((label, value) -> parts.add(label + ": " + NumberText.withUnit(value, indicator.decimals(), indicator.unit(), danish)));
        lines.forEach(l -> parts.add(l.label() + ": " + NumberText.withUnit(l.value(), indicator.decimals(), indicator.unit(), danish)));
        return (danish ? "Linjediagram. " : "Line chart. ") + String.join("; ", parts) + ".";
    }

    static String label(MeasurementPeriod period, String step, boolean danish) {
        return period.label(danish) + (step == null ? "" : " · " + (danish ? step : TargetEvaluator.englishStep(step)));
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
