package org.capacityacademy.offline.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.capacityacademy.assessment.boundary.QuestionBanks;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseOutline;
import org.capacityacademy.catalog.boundary.CatalogViews.LessonLink;
import org.capacityacademy.catalog.boundary.CatalogViews.LessonView;
import org.capacityacademy.catalog.boundary.CatalogViews.ModuleOutline;
import org.capacityacademy.catalog.boundary.ReaderLanguages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a device downloads to make a course available offline, in the language the learner reads
 * it in: the course page, every lesson, the glossary, the quiz pages and, for each module quiz that
 * can be answered offline, its offline paper page; with the download's size, estimated beforehand.
 */
@ApplicationScoped
public class OfflineCourses {

    /**
     * What a signed-in page weighs besides its course text, in bytes of HTML (the header with its
     * language buttons, navigation, forms, footer and the lesson's frame).
     */
    static final int PAGE_FRAME = 6_500;

    @Inject
    Catalog catalog;

    @Inject
    QuestionBanks banks;

    @Inject
    jakarta.servlet.ServletContext servletContext;

    /** Estimates by course, revision and language: they change only when the course is republished. */
    private final Map<String, Long> estimates = new ConcurrentHashMap<>();

    /** A page of the download: its address (as the pages link to it) and its title. */
    public record Page(String url, String title) {
    }

    /** The pages to download, in reading order. */
    public List<Page> pages(String context, CourseOutline course) {
        String code = course.card().code();
        List<Page> pages = new ArrayList<>();
        pages.add(new Page(context + "/catalog/course.xhtml?code=" + encoded(code), course.card().title()));
        for (ModuleOutline module : course.modules()) {
            for (LessonLink lesson : module.lessons()) {
                pages.add(new Page(context + "/catalog/lesson.xhtml?course=" + encoded(code) + "&lesson=" + encoded(lesson.code()),
                        lesson.title()));
            }
            if (module.questions() > 0) {
                String quiz = "?course=" + encoded(code) + "&quiz=" + encoded(module.code());
                pages.add(new Page(context + "/learning/quiz.xhtml" + quiz, module.quizTitle()));
                pages.add(new Page(context + "/learning/offline-quiz.xhtml" + quiz, module.quizTitle()));
            }
        }
        if (course.card().glossaryTerms() > 0) {
            pages.add(new Page(context + "/catalog/glossary.xhtml?course=" + encoded(code), course.card().title()));
        }
        if (course.finalCode() != null && course.finalQuestions() > 0) {
            pages.add(new Page(context + "/learning/quiz.xhtml?course=" + encoded(code) + "&quiz=" + encoded(course.finalCode()),
                    course.finalTitle()));
        }
        return pages;
    }

    /**
     * What the download version is: the published course it was read from and the language. A device
     * holding another version downloads the course again.
     */
    public String version(CourseOutline course, ReaderLanguages reader) {
        return firstLesson(course).flatMap(lesson -> catalog.lesson(course.card().code(), lesson.code(), reader))
                .map(LessonView::revision).orElse(course.card().code()) + "/" + course.card().language();
    }

    /**
     * The download's size in bytes, estimated from what its pages show: each page's frame, the
     * lessons' text, the syllabus, the glossary, the questions of the quizzes answered on the device,
     * and the stylesheet and scripts the pages use.
     */
    public long estimatedBytes(CourseOutline course, ReaderLanguages reader) {
        String key = version(course, reader);
        return estimates.computeIfAbsent(key, k -> {
            String code = course.card().code();
            long bytes = (long) pages("", course).size() * PAGE_FRAME + shellBytes();
            bytes += utf8(course.card().title()) + utf8(course.card().summary());
            for (ModuleOutline module : course.modules()) {
                bytes += utf8(module.title()) + utf8(module.summary()) + utf8(module.quizTitle()) * 3L;
                for (LessonLink link : module.lessons()) {
                    bytes += utf8(link.title()) * 3L + SYLLABUS_LINE;   // the syllabus, the pager of its neighbours
                    bytes += catalog.lesson(code, link.code(), reader).map(OfflineCourses::textBytes).orElse(0L);
                }
                if (module.questions() > 0) {
                    bytes += catalog.quiz(code, module.code(), reader)
                            .map(quiz -> banks.textBytes(quiz.bankModules(), quiz.language())).orElse(0L);
                }
            }
            bytes += catalog.glossary(code, reader).map(glossary -> glossary.entries().stream()
                    .mapToLong(entry -> utf8(entry.term()) + utf8(entry.explanation()) + GLOSSARY_ENTRY).sum()).orElse(0L);
            return bytes;
        });
    }

    /** The stylesheet and the scripts the downloaded pages use, which the device keeps with them. */
    private static final List<String> SHELL = List.of("/resources/css/academy.css", "/resources/js/offline.js",
            "/resources/js/offline-courses.js", "/resources/js/quiz.js");

    private long shellBytes() {
        long bytes = 0;
        for (String file : SHELL) {
            try (var in = servletContext.getResourceAsStream(file)) {
                bytes += in == null ? 0 : in.readAllBytes().length;
            } catch (java.io.IOException e) {
                // a file that cannot be read counts for nothing in an estimate
            }
        }
        return bytes;
    }
    private static final int SYLLABUS_LINE = 260;
    private static final int GLOSSARY_ENTRY = 120;

    private static long textBytes(LessonView lesson) {
        long bytes = utf8(lesson.bodyHtml()) + utf8(lesson.title());
        for (var section : lesson.quoted()) {
            for (String block : section.blocks()) {
                bytes += utf8(block) + 60;   // each paragraph's markup
            }
        }
        for (var term : lesson.terms()) {
            bytes += utf8(term.term()) + utf8(term.explanation()) + 120;
            for (String other : term.alsoKnownAs()) {
                bytes += utf8(other) + 40;
            }
        }
        for (String objective : lesson.objectives()) {
            bytes += utf8(objective) + 10;
        }
        return bytes;
    }

    private static long utf8(String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }

    private java.util.Optional<LessonLink> firstLesson(CourseOutline course) {
        return course.modules().stream().flatMap(m -> m.lessons().stream()).findFirst();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
