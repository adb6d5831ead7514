package org.capacityacademy.authoring;

import jakarta.inject.Inject;
import org.capacityacademy.TestAccounts;
import org.capacityacademy.TestCourses;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.entity.Role;
import org.capacityacademy.authoring.archives.boundary.ArchiveImport;
import org.capacityacademy.authoring.archives.boundary.CourseArchives;
import org.capacityacademy.authoring.archives.control.CourseArchive;
import org.capacityacademy.authoring.banks.boundary.BankDrafts;
import org.capacityacademy.authoring.drafts.boundary.DraftEdits;
import org.capacityacademy.authoring.drafts.boundary.Drafts;
import org.capacityacademy.authoring.drafts.entity.Stage;
import org.capacityacademy.authoring.lessons.boundary.DraftLessons.LessonDraft;
import org.capacityacademy.authoring.lessons.boundary.DraftLessons;
import org.capacityacademy.courseformat.gift.GiftImport;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Authored HTML is cleaned before it is stored, on the real server and database: a lesson saved in
 * the editor, a zip and a GIFT file imported, and then the draft, the published course and its zip
 * carry no script, no event handler and no {@code javascript:} address, while the lesson's text and
 * Markdown stay.
 */
@ExtendWith(ArquillianExtension.class)
class AuthoredHtmlCleanedIT {

    private static final String LESSON = "modules/05-norms/01-norms-from-existing-international-law.md";
    private static final String NORMS = "modules/05-norms/";
    private static final String PAYLOAD = """
            A **kept** sentence <script>alert('stored')</script> and <img src=x onerror=alert(1)>.

            Read [the report](javascript:alert(1)) or <a href="javascript:alert(2)">this</a> or <abbr title="information and communications technologies">ICT</abbr>.
            """;
    private static final List<String> FORBIDDEN = List.of("<script", "onerror", "javascript:", "alert(");

    @Inject
    Drafts drafts;

    @Inject
    DraftLessons lessons;

    @Inject
    BankDrafts banks;

    @Inject
    CourseArchives archives;

    @Inject
    AccountService accounts;

    private static void assertClean(Map<String, String> files, String where) {
        files.forEach((path, text) -> {
            String lower = text.toLowerCase(Locale.ROOT);
            for (String forbidden : FORBIDDEN) {
                assertFalse(lower.contains(forbidden), () -> where + ": " + forbidden + " is left in " + path);
            }
        });
    }

    private Map<String, String> draft(String author, String course) {
        Map<String, String> files = new TreeMap<>();
        drafts.draft(author, course).forEach((path, file) -> files.put(path, file.content()));
        return files;
    }

    @Test
    void aLessonSavedAZipAndAGiftFileImportedAndTheCoursePublishedCarryNoPayload() throws Exception {
        String author = TestAccounts.registered(accounts, "cleaning-author", Role.INSTRUCTOR);
        String course = "clean-" + UUID.randomUUID().toString().substring(0, 8);
        drafts.start(author, course, TestCourses.filesOfTheCourse(course));

        LessonDraft draft = lessons.open(author, course, LESSON).orElseThrow();
        draft.lesson().getMarkdown().put("en", draft.lesson().getMarkdown().get("en") + "\n\n" + PAYLOAD);
        lessons.save(author, course, LESSON, draft.lesson(), draft.version());
        String saved = drafts.draft(author, course).get(LESSON).content();
        assertClean(Map.of(LESSON, saved), "the lesson saved");
        assertTrue(saved.contains("A **kept** sentence") && saved.contains("[the report](#)")
                && saved.contains("<abbr title=\"information and communications technologies\">ICT</abbr>"),
                "the Markdown and what is allowed stay: " + saved);

        String gift = "// cites: 19\n::norms-90:: [html]<p onclick\\=\"alert(1)\">Which? <script>alert(2)</script></p> {\n"
                + "=<b>Right</b><img src\\=x onerror\\=alert(3)>\n~Wrong <a href\\=\"javascript\\:alert(4)\">here</a>\n}\n\n"
                + "// cites: 19\n::norms-91:: Plain <script>alert(5)</script>text? {TRUE}\n";
        BankDrafts.GiftUpload upload = banks.check(author, course, NORMS, "en", gift, GiftImport.Existing.SKIP);
        banks.importGift(author, course, NORMS, "en", gift, upload.versions(), GiftImport.Existing.SKIP);
        Map<String, String> afterGift = draft(author, course);
        assertTrue(afterGift.get(NORMS + "quiz.en.gift").contains("::norms-90::"), "imported");
        assertClean(afterGift, "the draft after a GIFT import");

        Map<String, String> zipped = new TreeMap<>(afterGift);
        zipped.put("course.yaml", zipped.get("course.yaml").replace("title:\n", "title:\n  # <script>\n")
                .replaceFirst("(?m)^  en: .*$", "  en: \"A course <img src=x onerror=alert(6)>\""));
        zipped.put("modules/01-orientation/01-the-report-at-a-glance.md",
                zipped.get("modules/01-orientation/01-the-report-at-a-glance.md") + "\n<iframe src=\"javascript:alert(7)\"></iframe>\n");
        zipped.put("notes.html", "<p>Notes <script>alert(8)</script></p>\n");
        ArchiveImport imported = archives.importArchive(author, CourseArchive.write(course, zipped));
        assertTrue(imported.isImported(), imported::toString);
        Map<String, String> afterZip = draft(author, course);
        assertClean(afterZip, "the draft after a zip import");
        assertTrue(afterZip.get("course.yaml").contains("A course"), "the title's text stays");

        Map<String, String> original = TestCourses.filesOfTheCourse(course);
        Map<String, String> citedQuestionsOnly = new TreeMap<>(afterZip);
        for (String language : List.of("zh", "en", "ar", "es", "fr", "ru")) {
            citedQuestionsOnly.put(NORMS + "quiz." + language + ".gift", original.get(NORMS + "quiz." + language + ".gift"));
        }
        drafts.apply(author, course, DraftEdits.between(drafts.draft(author, course), citedQuestionsOnly));
        drafts.publish(author, course, true);
        assertClean(drafts.published(author, course), "the published course");
        assertClean(CourseArchive.read(archives.export(author, course, Stage.PUBLISHED).orElseThrow()).files(), "its zip");
        assertTrue(drafts.published(author, course).get(LESSON).contains("A **kept** sentence"));
    }
}
