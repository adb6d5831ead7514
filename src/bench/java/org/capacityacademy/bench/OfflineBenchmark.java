package org.capacityacademy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 2G benchmark of offline learning (issue 19), on a running platform: how soon a signed-in
 * learner sees a lesson's text on a throttled connection ({@link SlowNetwork#TWO_G}) on a first
 * visit and once the course is available offline, and the bytes the whole course takes offline in
 * each language. Each figure is the median of several runs, each run with a new learner in a new
 * browser. Not a test: it writes a table ({@link OfflineTable}) and prints it, and fails (after
 * the table) when a run failed, but not when a target is missed;
 * {@code deploy/benchmark-2g.sh} builds and starts the platform and runs it:
 *
 * <pre>mvn -Pbench test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.capacityacademy.bench.OfflineBenchmark -Dbench.url=http://127.0.0.1:8080 \
 *   [-Dbench.runs=5] [-Dbench.languages=ar,en,es,fr,ru,zh] [-Dbench.table=target/bench/offline.md] [-Dbench.facts=file]</pre>
 */
public final class OfflineBenchmark {

    /** The lesson of the first visit, and another one of the course opened once it is offline. */
    static final String FIRST_LESSON = "/catalog/lesson.xhtml?course=gge-2013&lesson=norms-international-law";
    static final String OTHER_LESSON = "/catalog/lesson.xhtml?course=gge-2013&lesson=norms-charter-sovereignty-rights";

    private final String base;
    private final int runs;
    private final List<String> notes = new ArrayList<>();
    /** The kinds of targets on 2G during the installed visits (the service worker must be among them). */
    private final java.util.Set<String> installedTargets = new java.util.TreeSet<>();
    private final List<PaintTimes> firstVisits = new ArrayList<>();
    private final List<PaintTimes> installedVisits = new ArrayList<>();
    private final Map<String, List<LearnerBrowser.Offline>> offline = new LinkedHashMap<>();
    /** Set once a course page had no offline switch: the offline figures are then not measured. */
    private String noOfflineFeature;
    private int failures;

    private OfflineBenchmark(String base, int runs) {
        this.base = base;
        this.runs = runs;
    }

    public static void main(String[] args) throws IOException {
        String base = System.getProperty("bench.url", "http://127.0.0.1:8080");
        int runs = Integer.parseInt(System.getProperty("bench.runs", "5"));
        List<String> languages = List.of(System.getProperty("bench.languages", "ar,en,es,fr,ru,zh").split(","));
        Path table = Path.of(System.getProperty("bench.table", "target/bench/offline.md"));
        String facts = System.getProperty("bench.facts", "");
        String loadBefore = OfflineTable.loadAverage();

        OfflineBenchmark benchmark = new OfflineBenchmark(base, runs);
        for (int run = 1; run <= runs; run++) {
            benchmark.visits(run);
        }
        for (String language : languages) {
            for (int run = 1; run <= runs && benchmark.noOfflineFeature == null; run++) {
                benchmark.wholeCourse(language, run);
            }
        }
        if (!benchmark.installedTargets.isEmpty()) {
            benchmark.notes.add(0, "the browser's targets on 2G during the installed visits: " + String.join(", ", benchmark.installedTargets));
        }
        String markdown = new OfflineTable(runs, facts.isBlank() ? "" : Files.readString(Path.of(facts)), loadBefore,
                OfflineTable.loadAverage(), benchmark.firstVisits, benchmark.installedVisits, languages, benchmark.offline,
                benchmark.noOfflineFeature, benchmark.notes).markdown();
        Files.createDirectories(table.toAbsolutePath().getParent());
        Files.writeString(table, markdown, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(markdown);
        System.out.println("table: " + table);
        if (benchmark.failures > 0) {
            // after the table, which says which runs failed and why: the script's exit status says it too
            throw new IllegalStateException(benchmark.failures + " run(s) failed; see " + table);
        }
    }

    /** One run of the two visits: a new learner's first visit of a lesson, then another lesson once the course is offline. */
    private void visits(int run) {
        try (LearnerBrowser learner = LearnerBrowser.open(base)) {
            learner.registerAndSignIn();
            learner.enrol();
            learner.forgetAllButCookies();
            PaintTimes first = learner.visitOnTwoG(FIRST_LESSON);
            firstVisits.add(first);
            progress("run %d, first visit: %s", run, first);
            if (noOfflineFeature != null) {
                return;
            }
            LearnerBrowser.Offline stored = learner.makeCourseAvailableOffline();
            progress("run %d, course available offline: %d bytes stored (%s)", run, stored.bytes(), stored.label());
            PaintTimes installed = learner.visitOnTwoG(OTHER_LESSON);
            installedVisits.add(installed);
            installedTargets.addAll(learner.targets());
            progress("run %d, installed: %s, throttled targets %s", run, installed, learner.targets());
        } catch (LearnerBrowser.NoOfflineSwitch missing) {
            noOfflineFeature = missing.getMessage();
            progress("run %d: %s; the offline figures are not measured", run, missing.getMessage());
        } catch (RuntimeException failed) {
            failed(run, "visits", failed);
        }
    }

    /** One run of the size in one language: a new learner reads the course in it and makes it available offline. */
    private void wholeCourse(String language, int run) {
        try (LearnerBrowser learner = LearnerBrowser.open(base)) {
            learner.registerAndSignIn();
            learner.enrol();
            learner.switchLanguage(language);
            LearnerBrowser.Offline stored = learner.makeCourseAvailableOffline();
            offline.computeIfAbsent(language, l -> new ArrayList<>()).add(stored);
            progress("run %d, whole course offline in %s: %d bytes (%s)", run, language, stored.bytes(), stored.label());
        } catch (LearnerBrowser.NoOfflineSwitch missing) {
            noOfflineFeature = missing.getMessage();
        } catch (RuntimeException failed) {
            failed(run, "the course offline in " + language, failed);
        }
    }

    private void failed(int run, String what, RuntimeException failure) {
        String message = failure.getMessage() == null ? failure.toString() : failure.getMessage().lines().findFirst().orElse("");
        failures++;
        notes.add("run " + run + ", " + what + ": failed (" + message + ")");
        progress("run %d, %s failed:", run, what);
        failure.printStackTrace(System.out);
    }

    private static void progress(String format, Object... arguments) {
        System.out.printf(format + "%n", arguments);
        System.out.flush();
    }
}
