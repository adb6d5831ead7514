package org.capacityacademy.courseformat;

import org.capacityacademy.courseformat.gift.GiftFile;
import org.capacityacademy.courseformat.html.AuthoredHtml;
import org.capacityacademy.courseformat.yaml.YamlDocument;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A course's files with the HTML they hold cleaned by the one policy for authored HTML, each by its
 * kind: a lesson's Markdown (its Markdown kept, what it holds cleaned) and its header's texts, every
 * text of a YAML file, a bank's questions (in HTML: cleaned by the policy; plain: of tags that could
 * run script), and any other file as text. A clean file is returned byte for byte, so that cleaning
 * what is already clean changes nothing. What a draft, a published course or an export holds has
 * been through here, so that none carries a script, an event handler or a {@code javascript:}
 * address to another system.
 */
public final class CourseCleaning {

    private CourseCleaning() {
    }

    /** Every file cleaned. */
    public static Map<String, String> clean(Map<String, String> files) {
        Map<String, String> cleaned = new TreeMap<>();
        files.forEach((path, text) -> cleaned.put(path, clean(path, text)));
        return cleaned;
    }

    /** One file cleaned as its path says it is; null stays null (a removed file). */
    public static String clean(String path, String text) {
        if (text == null) {
            return null;
        }
        if (path.endsWith(".gift")) {
            GiftFile cleaned = new GiftFile(path, text).cleaned();
            return comments(cleaned.text(), whole -> same(() -> cleaned.questions(), () -> new GiftFile(path, whole).questions()));
        }
        if (path.endsWith(".yaml") || path.endsWith(".yml")) {
            YamlDocument yaml = YamlDocument.of(text);
            if (!yaml.readable()) {
                return AuthoredHtml.cleanText(text);
            }
            YamlDocument cleaned = texts(yaml);
            return comments(cleaned.text(), whole -> YamlDocument.of(whole).readable()
                    && java.util.Objects.equals(YamlDocument.of(whole).get(), cleaned.get()));
        }
        if (path.startsWith(CourseSource.MODULES) && path.endsWith(".md")) {
            LessonFile cleaned = lesson(LessonFile.of(path, text));
            return comments(cleaned.text(), whole -> LessonFile.of(path, whole).markdown().equals(cleaned.markdown())
                    && LessonFile.of(path, whole).header().readable()
                    && java.util.Objects.equals(LessonFile.of(path, whole).header().get(), cleaned.header().get()));
        }
        return AuthoredHtml.cleanText(text);
    }

    /**
     * A file whose values are clean, with what is left outside them (comments such as
     * {@code # <script>}) cleaned as text too, when that leaves its values as they are.
     */
    private static String comments(String text, java.util.function.Predicate<String> sameValues) {
        String whole = AuthoredHtml.cleanText(text);
        return whole.equals(text) || !sameValues.test(whole) ? text : whole;
    }

    private interface Read<T> {
        T get() throws ContentException;
    }

    private static <T> boolean same(Read<T> a, Read<T> b) {
        try {
            return a.get().equals(b.get());
        } catch (ContentException e) {
            return false;
        }
    }

    private static LessonFile lesson(LessonFile lesson) {
        if (!lesson.layoutProblems().isEmpty() || !lesson.header().readable()) {
            return LessonFile.of(lesson.path(), AuthoredHtml.cleanMarkdown(lesson.text()));
        }
        LessonFile cleaned = lesson.withHeader(texts(lesson.header()));
        for (Map.Entry<String, String> markdown : lesson.markdown().entrySet()) {
            String clean = AuthoredHtml.cleanMarkdown(markdown.getValue());
            if (!clean.equals(markdown.getValue())) {
                cleaned = cleaned.withMarkdown(markdown.getKey(), clean);
            }
        }
        return cleaned;
    }

    /** A YAML document with each of its texts cleaned, in place. */
    private static YamlDocument texts(YamlDocument yaml) {
        YamlDocument cleaned = yaml;
        for (List<Object> path : yaml.textPaths()) {
            if (yaml.get(path.toArray()) instanceof String text) {
                String clean = AuthoredHtml.cleanText(text);
                if (!clean.equals(text)) {
                    cleaned = cleaned.with(path, clean);
                }
            }
        }
        return cleaned;
    }
}
