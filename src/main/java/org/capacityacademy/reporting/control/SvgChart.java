package org.capacityacademy.reporting.control;

import java.util.List;
import java.util.Locale;

/**
 * A small chart drawn by the platform itself as inline SVG (no script, nothing from other hosts):
 * horizontal bars for categories, a line for periods. It is one image to assistive technology
 * ({@code role="img"}, named by its title and described by its description); the table under it
 * is the accessible equivalent. Right to left, bars grow leftwards from labels on the right and
 * time runs from right to left. Colours keep at least 4.5:1 contrast on white.
 */
public final class SvgChart {

    /** A labelled value; {@code text} is the value as the table shows it. */
    public record Point(String label, double value, String text) {
    }

    static final String BAR = "#1f5f8b";
    static final String INK = "#222222";
    static final String GRID = "#767676";
    /** More categories than this are left to the table, which lists them all. */
    public static final int MAX_BARS = 20;

    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 200;
    private static final int ROW = 24;

    private SvgChart() {
    }

    public static String bars(String id, String title, String description, List<Point> points, boolean rightToLeft) {
        List<Point> shown = points.subList(0, Math.min(points.size(), MAX_BARS));
        int height = Math.max(1, shown.size()) * ROW + 16;
        double max = shown.stream().mapToDouble(Point::value).max().orElse(0);
        int plot = WIDTH - LABEL_WIDTH - 70;
        StringBuilder svg = open(id, title, description, height, rightToLeft);
        for (int i = 0; i < shown.size(); i++) {
            Point point = shown.get(i);
            int y = 8 + i * ROW;
            double length = max <= 0 ? 0 : point.value() / max * plot;
            double barX = rightToLeft ? WIDTH - LABEL_WIDTH - 8 - length : LABEL_WIDTH + 8;
            // right to left the text runs leftwards from its start: the label starts at the right
            // edge, the value just left of its bar; left to right the label ends before the bar
            double labelX = rightToLeft ? WIDTH - 4 : LABEL_WIDTH;
            double valueX = rightToLeft ? barX - 4 : barX + length + 4;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\" class=\"chart-label\">%s</text>",
                    labelX, y + 15, rightToLeft ? "start" : "end", escape(shorten(point.label()))));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                    barX, y + 3, length, ROW - 6, BAR));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\" class=\"chart-value\">%s</text>",
                    valueX, y + 15, "start", escape(point.text())));
        }
        return svg.append("</svg>").toString();
    }

    public static String line(String id, String title, String description, List<Point> points, boolean rightToLeft) {
        int height = 240;
        int top = 20;
        int bottom = height - 40;
        int left = 60;
        int right = WIDTH - 60;
        double max = points.stream().mapToDouble(Point::value).max().orElse(0);
        StringBuilder svg = open(id, title, description, height, rightToLeft);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/>", left, bottom, right, bottom, GRID));
        if (!points.isEmpty()) {
            Point highest = points.stream().max(java.util.Comparator.comparingDouble(Point::value)).orElseThrow();
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" class=\"chart-value\">%s</text>",
                    rightToLeft ? right + 4 : left - 4, top + 4, "end", escape(highest.text())));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-dasharray=\"4 4\"/>",
                    left, top, right, top, GRID));
        }
        StringBuilder path = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        int step = Math.max(1, (points.size() + 5) / 6);
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            double share = points.size() == 1 ? 0.5 : (double) i / (points.size() - 1);
            double x = rightToLeft ? right - share * (right - left) : left + share * (right - left);
            double y = max <= 0 ? bottom : bottom - point.value() / max * (bottom - top);
            path.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>", x, y, BAR));
            if ((points.size() - 1 - i) % step == 0) { // evenly spaced, the latest period always named
                dots.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"chart-label\">%s</text>",
                        x, bottom + 18, escape(point.label())));
            }
        }
        if (!points.isEmpty()) {
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(BAR).append("\" stroke-width=\"2\"/>");
        }
        return svg.append(dots).append("</svg>").toString();
    }

    private static StringBuilder open(String id, String title, String description, int height, boolean rightToLeft) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"%s\" role=\"img\" viewBox=\"0 0 %d %d\""
                        + " direction=\"%s\" aria-labelledby=\"%s-title %s-desc\" fill=\"%s\"><title id=\"%s-title\">%s</title><desc id=\"%s-desc\">%s</desc>",
                id, WIDTH, height, rightToLeft ? "rtl" : "ltr", id, id, INK, id, escape(title), id, escape(description)));
    }

    private static String shorten(String label) {
        return label.length() > 28 ? label.substring(0, 27) + "…" : label;
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
