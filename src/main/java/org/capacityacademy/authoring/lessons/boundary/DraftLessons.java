package org.capacityacademy.authoring.lessons.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.capacityacademy.authoring.drafts.boundary.AuthoringException;
import org.capacityacademy.authoring.drafts.boundary.DraftFile;
import org.capacityacademy.authoring.drafts.boundary.Drafts;
import org.capacityacademy.authoring.drafts.boundary.Translation;
import org.capacityacademy.authoring.drafts.boundary.EditConflict;
import org.capacityacademy.authoring.drafts.boundary.FileEdit;
import org.capacityacademy.authoring.drafts.boundary.NotAnAuthor;
import org.capacityacademy.authoring.lessons.control.CourseHeader;
import org.capacityacademy.authoring.lessons.control.DraftReport;
import org.capacityacademy.authoring.lessons.control.LessonSource;
import org.capacityacademy.catalog.boundary.CatalogViews.KeyTermView;
import org.capacityacademy.catalog.boundary.CatalogViews.LessonView;
import org.capacityacademy.catalog.boundary.CatalogViews.QuotedSection;
import org.capacityacademy.courseformat.ContentException;
import org.capacityacademy.courseformat.html.AuthoredHtml;
import org.capacityacademy.platform.control.SupportedLanguage;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One lesson of a course's draft: opened for editing, saved with the version it was read at
 * (so that two instructors never silently overwrite each other), and shown as a learner would
 * see it. Every method goes through {@link Drafts}, which checks that the person may edit the
 * course ({@link NotAnAuthor} otherwise).
 */
@Stateless
public class DraftLessons {

    /** The most Markdown one language of a lesson may hold: far above any real lesson, far below a pasted book. */
    public static final int MARKDOWN_BYTES = 200 * 1024;
    public static final int TITLE_LENGTH = 200;
    /** An objective, a key term or its explanation. */
    public static final int TEXT_LENGTH = 2000;
    public static final int MIN_MINUTES = 1;
    public static final int MAX_MINUTES = 240;

    private static final Pattern LESSON_PATH = Pattern.compile("modules/[a-z0-9][a-z0-9._-]{0,99}/[a-z0-9][a-z0-9._-]{0,99}\\.md");

    @Inject
    Drafts drafts;

    /**
     * A lesson of a course's draft, with what editing it needs: the course's languages and the
     * report's sections.
     */
    public record LessonDraft(String path, long version, CourseHeader course, Map<String, String> moduleTitle,
                              LessonSource lesson, DraftReport report) implements Serializable {
    }

    /** The lesson at {@code path} of the course's draft (opening the draft if there is none); empty when there is no such lesson. */
    public Optional<LessonDraft> open(String email, String course, String path) throws ContentException {
        if (path == null || !LESSON_PATH.matcher(path).matches()) {
            return Optional.empty();
        }
        Map<String, DraftFile> files = drafts.draft(email, course);
        DraftFile file = files.get(path);
        if (file == null) {
            return Optional.empty();
        }
        Map<String, String> texts = new java.util.TreeMap<>();
        files.forEach((name, draft) -> texts.put(name, draft.content()));
        String module = path.substring(0, path.lastIndexOf('/') + 1) + "module.yaml";
        return Optional.of(new LessonDraft(path, file.version(), CourseHeader.read(texts.get("course.yaml")),
                CourseHeader.title(texts.get(module)), LessonSource.parse(path, file.content()), DraftReport.of(texts)));
    }

    /**
     * Saves a lesson read at {@code version}: refused with a reason when it is not acceptable,
     * an {@link EditConflict} when someone else changed or removed it since.
     */
    public void save(String email, String course, String path, LessonSource lesson, long version) {
        LessonDraft draft;
        try {
            draft = open(email, course, path).orElseThrow(() -> new EditConflict(path));
        } catch (ContentException e) {
            throw new EditConflict(path);   // it read well when this editor opened it: someone else changed it since
        }
        check(lesson, draft);
        drafts.apply(email, course, List.of(new FileEdit(path, lesson.write(draft.course().languages()), version)));
    }

    /** The status of each language's text of the lesson at {@code path}, by language: complete, missing or outdated. */
    public Map<String, Translation> translations(String email, String course, String path) {
        Map<String, Translation> byLanguage = new java.util.LinkedHashMap<>();
        drafts.translations(email, course, path).forEach(t -> byLanguage.put(t.language(), t));
        return byLanguage;
    }

    private static void check(LessonSource lesson, LessonDraft draft) {
        List<String> languages = draft.course().languages();
        if (lesson.getMinutes() < MIN_MINUTES || lesson.getMinutes() > MAX_MINUTES) {
            throw new AuthoringException("author.lesson.minutesRange", MIN_MINUTES, MAX_MINUTES);
        }
        for (String language : languages) {
            String title = lesson.getTitle().getOrDefault(language, "");
            if (title.isBlank()) {
                throw new AuthoringException("author.lesson.titleMissing", nameOf(language));
            }
            if (title.length() > TITLE_LENGTH) {
                throw new AuthoringException("author.lesson.titleTooLong", nameOf(language), TITLE_LENGTH);
            }
            String markdown = lesson.getMarkdown().getOrDefault(language, "");
            if (markdown.getBytes(StandardCharsets.UTF_8).length > MARKDOWN_BYTES) {
                throw new AuthoringException("author.lesson.tooLong", nameOf(language), MARKDOWN_BYTES / 1024);
            }
            if (LessonSource.marksALanguage(markdown)) {
                throw new AuthoringException("author.lesson.languageMark", nameOf(language));
            }
        }
        for (String section : lesson.getCovers()) {
            if (!draft.report().contains(section)) {
                throw new AuthoringException("author.lesson.unknownSection", section);
            }
        }
        List<String> texts = new java.util.ArrayList<>();
        lesson.getObjectives().values().forEach(texts::addAll);
        lesson.getTerms().forEach(term -> {
            texts.addAll(term.getTerm().values());
            texts.addAll(term.getExplanation().values());
        });
        for (String text : texts) {
            if (text.length() > TEXT_LENGTH) {
                throw new AuthoringException("author.lesson.textTooLong", text.substring(0, 40), TEXT_LENGTH);
            }
        }
    }

    /** A language by its own name (العربية, 中文), understood whatever the page's language. */
    public static String nameOf(String language) {
        return SupportedLanguage.fromTag(language).map(SupportedLanguage::getNativeName).orElse(language);
    }

    /** A lesson as a learner will see it, and the languages it can be seen in. */
    public record LessonPreview(LessonView lesson, List<String> languages) {
    }

    /** The lesson of the draft exactly as a learner reading {@code language} would see it once published. */
    public Optional<LessonPreview> preview(String email, String course, String path, String language) throws ContentException {
        return open(email, course, path).map(draft -> new LessonPreview(view(course, draft, draft.course().shown(language)),
                draft.course().languages()));
    }

    private static LessonView view(String course, LessonDraft draft, String shown) {
        LessonSource lesson = draft.lesson();
        boolean official = draft.course().official().contains(shown);
        List<QuotedSection> quoted = lesson.getCovers().stream().filter(draft.report()::contains).map(id ->
                new QuotedSection(id, (DraftReport.numbered(id) ? "para-" : "part-") + id, DraftReport.numbered(id),
                        List.of(draft.report().text(id, shown).split("\n\n")), official)).toList();
        List<KeyTermView> terms = lesson.getTerms().stream().map(term -> new KeyTermView(
                term.getTerm().getOrDefault(shown, ""), term.getTerm().entrySet().stream()
                .filter(e -> !e.getKey().equals(shown)).map(Map.Entry::getValue).toList(),
                term.getExplanation().getOrDefault(shown, ""))).toList();
        return new LessonView(0, 0, course, draft.course().title().getOrDefault(shown, course),
                draft.moduleTitle().getOrDefault(shown, ""), lesson.getId(), lesson.getTitle().getOrDefault(shown, ""),
                shown, lesson.getMinutes(), lesson.getObjectives().getOrDefault(shown, List.of()), terms, quoted,
                AuthoredHtml.fromMarkdown(lesson.getMarkdown().getOrDefault(shown, "")), null, null,
                draft.course().reportSymbol(), null);
    }
}
