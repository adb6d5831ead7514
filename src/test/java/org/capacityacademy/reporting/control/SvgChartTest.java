package org.capacityacademy.reporting.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SvgChartTest {

    private static final List<SvgChart.Point> POINTS = List.of(new SvgChart.Point("Kenya", 40, "40"),
            new SvgChart.Point("Fiji <& \"SIDS\">", 10, "10"));

    @Test
    void barsAreOneNamedImageWithEscapedText() {
        String svg = SvgChart.bars("chart", "Enrolments by country", "Bars <of> 2 rows", POINTS, false);
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertTrue(svg.contains("role=\"img\"") && svg.contains("aria-labelledby=\"chart-title chart-desc\""));
        assertTrue(svg.contains("<title id=\"chart-title\">Enrolments by country</title>"));
        assertTrue(svg.contains("<desc id=\"chart-desc\">Bars &lt;of&gt; 2 rows</desc>"));
        assertTrue(svg.contains("Fiji &lt;&amp; &quot;SIDS&quot;&gt;"));
        assertFalse(svg.contains("<script"));
        assertEquals(2, count(svg, "<rect"));
    }

    @Test
    void theLongestBarIsTheLargestValueAndBarsAreProportional() {
        String svg = SvgChart.bars("c", "t", "d", POINTS, false);
        List<Double> widths = numbers(svg, "width=\"");
        assertEquals(4.0, widths.get(0) / widths.get(1), 0.01);
    }

    @Test
    void rightToLeftBarsEndWhereLeftToRightOnesStart() {
        String ltr = SvgChart.bars("c", "t", "d", POINTS, false);
        String rtl = SvgChart.bars("c", "t", "d", POINTS, true);
        double ltrX = numbers(ltr, "<rect x=\"").get(0);
        double rtlX = numbers(rtl, "<rect x=\"").get(0);
        assertTrue(rtlX < ltrX, "right to left, the longest bar starts further left: " + rtlX + " vs " + ltrX);
        assertTrue(rtl.contains("text-anchor=\"start\" class=\"chart-label\""), "labels on the right read from their start");
    }

    @Test
    void moreCategoriesThanTwentyAreLeftToTheTable() {
        List<SvgChart.Point> many = IntStream.range(0, 30).mapToObj(i -> new SvgChart.Point("c" + i, i, "" + i)).toList();
        assertEquals(SvgChart.MAX_BARS, count(SvgChart.bars("c", "t", "d", many, false), "<rect"));
    }

    @Test
    void aLineHasAPointPerPeriodAndRunsRightToLeftInArabic() {
        List<SvgChart.Point> months = List.of(new SvgChart.Point("Jan", 1, "1"), new SvgChart.Point("Feb", 0, "0"),
                new SvgChart.Point("Mar", 3, "3"));
        String ltr = SvgChart.line("c", "t", "d", months, false);
        assertEquals(3, count(ltr, "<circle"));
        assertTrue(ltr.contains("<path d=\"M"));
        List<Double> ltrX = numbers(ltr, "<circle cx=\"");
        List<Double> rtlX = numbers(SvgChart.line("c", "t", "d", months, true), "<circle cx=\"");
        assertTrue(ltrX.get(0) < ltrX.get(2) && rtlX.get(0) > rtlX.get(2));
    }

    @Test
    void anEmptyReportStillDrawsAnImage() {
        assertTrue(SvgChart.line("c", "t", "d", List.of(), false).endsWith("</svg>"));
        assertTrue(SvgChart.bars("c", "t", "d", List.of(), false).endsWith("</svg>"));
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static List<Double> numbers(String svg, String before) {
        List<Double> found = new java.util.ArrayList<>();
        int at = svg.indexOf(before);
        while (at >= 0) {
            int start = at + before.length();
            found.add(Double.valueOf(svg.substring(start, svg.indexOf('"', start))));
            at = svg.indexOf(before, start);
        }
        return found;
    }
}
