package org.capacityacademy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The 2G benchmark's figures as a markdown table, each beside its target of issue 19 with "met" or
 * "missed": a first visit's lesson text painted within 2 s, with the course installed within
 * 0.5 s (both judged on the largest contentful paint, the text itself; the first contentful paint
 * is shown beside it), the whole course offline under 1 MB per language, the megabyte of the
 * page that reports the size (1,048,576 bytes, offline.js).
 */
record OfflineTable(int runs, String facts, String loadBefore, String loadAfter, List<PaintTimes> firstVisits,
                    List<PaintTimes> installedVisits, List<String> languages,
                    Map<String, List<LearnerBrowser.Offline>> offline, String noOfflineFeature, List<String> notes) {

    static final double FIRST_VISIT_MS = 2_000;
    static final double INSTALLED_MS = 500;
    static final long COURSE_BYTES = 1_048_576;

    String markdown() {
        StringBuilder table = new StringBuilder();
        table.append("Offline learning on 2G (issue 19)").append(facts.isBlank() ? "" : ", " + facts.strip()).append("\n\n");
        table.append("- connection: 250 kbit/s down and up (31,250 bytes/s), 300 ms latency (Chromium's DevTools,"
                + " `Network.emulateNetworkConditions`, on the page and on its service worker)\n");
        table.append("- load average (1, 5, 15 min): ").append(loadBefore).append(" before, ").append(loadAfter).append(" after\n");
        table.append(runs == 1 ? "- 1 run" : "- median of " + runs + " runs, each").append(" with a new learner in a new headless"
                + " Chromium (390 px wide); \"runs\" counts those that gave the figure\n\n");

        table.append("| visit of a lesson, signed in | runs | first contentful paint | largest contentful paint (range) "
                + "| HTML received | bytes over the network | target | |\n");
        table.append("|---|---:|---:|---:|---:|---:|---|---|\n");
        visit(table, "first visit (empty cache, nothing stored but the cookies)", firstVisits, "painted within 2 s", FIRST_VISIT_MS);
        visit(table, "installed (the course available offline; another lesson)", installedVisits, "painted within 0.5 s", INSTALLED_MS);
        table.append('\n');

        table.append("| language | runs | whole course offline, bytes stored (range) | MB (1,048,576 bytes) | the switch's label | target | |\n");
        table.append("|---|---:|---:|---:|---|---|---|\n");
        for (String language : languages) {
            List<LearnerBrowser.Offline> stored = offline.getOrDefault(language, List.of());
            if (stored.isEmpty()) {
                table.append("| ").append(language).append(" | 0 | not measured | | | under 1 MB | |\n");
                continue;
            }
            double bytes = Medians.of(stored.stream().map(s -> (double) s.bytes()).toList());
            table.append(String.format(Locale.ROOT, "| %s | %d | %s (%s) | %.2f | %s | under 1 MB | %s |%n", language, stored.size(),
                    thousands(bytes), range(stored, s -> s.bytes(), ""), bytes / COURSE_BYTES, stored.get(0).label(),
                    bytes < COURSE_BYTES ? "met" : "missed"));
        }
        table.append('\n');

        if (!firstVisits.isEmpty()) {
            table.append("- the largest contentful paint was ").append(elements(firstVisits)).append(" on the first visits, ")
                    .append(installedVisits.isEmpty() ? "-" : elements(installedVisits)).append(" with the course installed\n");
        }
        if (!installedVisits.isEmpty()) {
            long answered = installedVisits.stream().filter(PaintTimes::servedByServiceWorker).count();
            table.append("- with the course installed, the service worker answered the page's request in ").append(answered)
                    .append(" of ").append(installedVisits.size()).append(" visits\n");
        }
        if (noOfflineFeature != null) {
            table.append("- the offline figures are not measured: ").append(noOfflineFeature).append('\n');
        }
        notes.forEach(note -> table.append("- ").append(note).append('\n'));
        return table.toString();
    }

    private void visit(StringBuilder table, String name, List<PaintTimes> visits, String target, double limit) {
        if (visits.isEmpty()) {
            table.append("| ").append(name).append(" | 0 | not measured | | | | ").append(target).append(" | |\n");
            return;
        }
        PaintTimes median = PaintTimes.median(visits);
        table.append(String.format(Locale.ROOT, "| %s | %d | %s ms | %s ms (%s) | %s ms | %s | %s | %s |%n", name, visits.size(),
                thousands(median.firstContentfulPaint()), thousands(median.largestContentfulPaint()),
                range(visits, PaintTimes::largestContentfulPaint, " ms"), thousands(median.htmlReceived()),
                thousands(median.bytesOverNetwork()), target, median.largestContentfulPaint() <= limit ? "met" : "missed"));
    }

    private static <T> String range(List<T> values, ToDoubleFunction<T> figure, String unit) {
        double least = values.stream().mapToDouble(figure).min().orElseThrow();
        double most = values.stream().mapToDouble(figure).max().orElseThrow();
        return thousands(least) + "–" + thousands(most) + unit;
    }

    private static String elements(List<PaintTimes> visits) {
        return String.join(", ", visits.stream().map(v -> "`" + v.largestElement() + "`").distinct().toList());
    }

    private static String thousands(double value) {
        return String.format(Locale.ENGLISH, "%,d", Math.round(value));
    }

    /** The machine's load average now (Linux), as "0.52, 0.61, 0.70". */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException | RuntimeException unknown) {
            return "unknown";
        }
    }
}
