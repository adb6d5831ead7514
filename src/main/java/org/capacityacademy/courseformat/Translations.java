package org.capacityacademy.courseformat;

import org.capacityacademy.courseformat.gift.GiftFile;
import org.capacityacademy.courseformat.gift.GiftQuestion;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each lesson and each question of a course says in each of its languages, as a fingerprint
 * per language, and the rule that tells authors whether a language's text is complete, missing or
 * outdated (older than a change to the course's source language). The files do not say when a text
 * was written: the platform keeps, per lesson or question and language, the {@link Basis} a
 * translation was last saved against, and {@link #recorded} says how a change moves it.
 */
public final class Translations {

    /** A language's text of a lesson or question, as authors are told. */
    public enum Status {
        /** Present, and saved since the source language last changed (or no change to the source is known). */
        COMPLETE,
        /** Absent or empty, or a copy of the source language's text still to be translated. */
        MISSING,
        /** The source language's text changed after this language's text was last saved. */
        OUTDATED
    }

    /**
     * A lesson (its path) or a question (its bank's folder and id): where it is in each language
     * (file and line) and a fingerprint of what it says in each; a language that lacks it has none.
     */
    public record Unit(String key, String kind, String code, Map<String, String> files, Map<String, Integer> lines,
                       Map<String, String> fingerprints) {
    }

    /**
     * What a translation was last saved against: its own fingerprint then and that of the source
     * language's text then, in that source language.
     */
    public record Basis(String text, String sourceLanguage, String source) {
    }

    public static final String LESSON = "lesson";
    public static final String QUESTION = "question";

    private static final Pattern BANK = Pattern.compile("(" + Pattern.quote(CourseSource.MODULES) + "[^/]+/)quiz\\.([a-z]{2})\\.gift");
    private static final Pattern LESSON_PATH = Pattern.compile(Pattern.quote(CourseSource.MODULES) + "[^/]+/[^/]+\\.md");

    private Translations() {
    }

    /** The key of a question of the bank in a module folder ({@code modules/05-norms/}). */
    public static String questionKey(String folder, String id) {
        return folder + "#" + id;
    }

    /** Whether a file holds lessons' or questions' texts (a lesson, or a module's bank in a language). */
    public static boolean translated(String path) {
        return LESSON_PATH.matcher(path).matches() || BANK.matcher(path).matches();
    }

    /** The files a unit's texts are in, among these files: the lesson, or every language's bank of the question's module. */
    public static boolean holds(String key, String path) {
        int hash = key.indexOf('#');
        if (hash < 0) {
            return key.equals(path);
        }
        Matcher bank = BANK.matcher(path);
        return bank.matches() && bank.group(1).equals(key.substring(0, hash));
    }

    /**
     * The lessons and questions in these files, by key, in the languages given. A bank that is not
     * valid GIFT gives no questions in its language (the course reader names its problems).
     */
    public static Map<String, Unit> of(Map<String, String> files, List<String> languages) {
        Map<String, Unit> units = new TreeMap<>();
        Map<String, Map<String, List<GiftQuestion>>> banks = new TreeMap<>();
        files.forEach((path, text) -> {
            Matcher bank = BANK.matcher(path);
            if (LESSON_PATH.matcher(path).matches()) {
                units.put(path, lesson(LessonFile.of(path, CourseFiles.normalise(text)), languages));
            } else if (bank.matches() && languages.contains(bank.group(2))) {
                try {
                    banks.computeIfAbsent(bank.group(1), f -> new LinkedHashMap<>())
                            .put(bank.group(2), new GiftFile(path, CourseFiles.normalise(text)).questions());
                } catch (ContentException e) {
                    banks.computeIfAbsent(bank.group(1), f -> new LinkedHashMap<>());
                }
            }
        });
        banks.forEach((folder, byLanguage) -> questions(folder, byLanguage, languages, units));
        return units;
    }

    private static Unit lesson(LessonFile lesson, List<String> languages) {
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        Map<String, String> fingerprints = new LinkedHashMap<>();
        Map<String, String> markdown;
        Map<String, String> titles;
        Map<String, List<String>> objectives;
        List<LessonFile.Term> terms;
        try {
            markdown = lesson.markdown();
            titles = lesson.title();
            objectives = lesson.objectives();
            terms = lesson.terms();
        } catch (RuntimeException unreadable) {
            markdown = Map.of();
            titles = Map.of();
            objectives = Map.of();
            terms = List.of();
        }
        for (String language : languages) {
            files.put(language, lesson.path());
            lines.put(language, lesson.markLine(language));
            String text = markdown.getOrDefault(language, "");
            String title = titles.getOrDefault(language, "");
            if (!text.isBlank() && !title.isBlank()) {
                StringBuilder says = new StringBuilder(title).append('\u0000');
                objectives.getOrDefault(language, List.of()).forEach(o -> says.append(o).append('\u0001'));
                says.append('\u0000').append(text).append('\u0000');
                for (LessonFile.Term term : terms) {
                    says.append(term.term().getOrDefault(language, "")).append('\u0001')
                            .append(term.explanation().getOrDefault(language, "")).append('\u0002');
                }
                fingerprints.put(language, fingerprint(says.toString()));
            }
        }
        String id;
        try {
            id = lesson.id();
        } catch (RuntimeException unreadable) {
            id = "";
        }
        return new Unit(lesson.path(), LESSON, id.isEmpty() ? lesson.path() : id, files, lines, fingerprints);
    }

    private static void questions(String folder, Map<String, List<GiftQuestion>> byLanguage, List<String> languages,
                                  Map<String, Unit> units) {
        List<String> ids = new ArrayList<>();
        byLanguage.values().forEach(questions -> questions.forEach(q -> {
            if (!ids.contains(q.id())) {
                ids.add(q.id());
            }
        }));
        for (String id : ids) {
            Map<String, String> files = new LinkedHashMap<>();
            Map<String, Integer> lines = new LinkedHashMap<>();
            Map<String, String> fingerprints = new LinkedHashMap<>();
            for (String language : languages) {
                files.put(language, GiftFile.path(folder, language));
                GiftQuestion question = byLanguage.getOrDefault(language, List.of()).stream()
                        .filter(q -> q.id().equals(id)).findFirst().orElse(null);
                lines.put(language, question == null ? 0 : question.line());
                if (question != null && question.text() != null && !question.text().isBlank()) {
                    StringBuilder says = new StringBuilder(question.text()).append('\u0000');
                    question.answers().forEach(a -> says.append(a.text()).append('\u0001').append(a.match()).append('\u0001')
                            .append(a.feedback()).append('\u0001').append(a.rightFeedback()).append('\u0002'));
                    says.append('\u0000').append(question.generalFeedback());
                    fingerprints.put(language, fingerprint(says.toString()));
                }
            }
            units.put(questionKey(folder, id), new Unit(questionKey(folder, id), QUESTION, id, files, lines, fingerprints));
        }
    }

    /**
     * The status of a language's text of a unit, given the basis recorded for it (null when none):
     * missing when it has no text, or the very text of the source language (a copy to translate);
     * outdated when its text is the one last saved against a source text that has changed since;
     * complete otherwise, the source language always so when present.
     */
    public static Status status(Unit unit, String language, String sourceLanguage, Basis basis) {
        String text = unit.fingerprints().get(language);
        if (text == null) {
            return Status.MISSING;
        }
        if (language.equals(sourceLanguage)) {
            return Status.COMPLETE;
        }
        String source = unit.fingerprints().get(sourceLanguage);
        if (text.equals(source)) {
            return Status.MISSING;
        }
        boolean stale = basis != null && basis.text().equals(text) && sourceLanguage.equals(basis.sourceLanguage())
                && source != null && !source.equals(basis.source());
        return stale ? Status.OUTDATED : Status.COMPLETE;
    }

    /**
     * The bases to record after a unit changed from {@code before} (null: it is new) to {@code after},
     * by language; the others stay as recorded. A language whose text changed was saved against the
     * source as it now is. A language left as it was while the source changed keeps the basis it has,
     * or, when it has none that matches its text, is recorded against the source as it was before: it
     * was taken to agree with that, and so becomes outdated.
     */
    public static Map<String, Basis> recorded(Unit before, Unit after, String sourceLanguage, Map<String, Basis> bases) {
        Map<String, Basis> changed = new LinkedHashMap<>();
        String sourceNow = after.fingerprints().get(sourceLanguage);
        String sourceThen = before == null ? null : before.fingerprints().get(sourceLanguage);
        if (sourceNow == null) {
            return changed;
        }
        after.fingerprints().forEach((language, text) -> {
            if (language.equals(sourceLanguage)) {
                return;
            }
            String then = before == null ? null : before.fingerprints().get(language);
            Basis basis = bases.get(language);
            if (!text.equals(then)) {
                changed.put(language, new Basis(text, sourceLanguage, sourceNow));
            } else if (sourceThen != null && !sourceThen.equals(sourceNow)
                    && (basis == null || !basis.text().equals(text) || !sourceLanguage.equals(basis.sourceLanguage()))) {
                changed.put(language, new Basis(text, sourceLanguage, sourceThen));
            }
        });
        return changed;
    }

    /** A course's source language: its {@code defaultLanguage}, else the first it lists. */
    public static String sourceLanguage(CourseYamlFile course) {
        String declared = course.defaultLanguage();
        List<String> languages = course.languages();
        return !declared.isEmpty() || languages.isEmpty() ? declared : languages.get(0);
    }

    private static String fingerprint(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
