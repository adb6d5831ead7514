package org.capacityacademy.browser;

import org.capacityacademy.TestAccounts;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An instructor edits a lesson of a course they author: live preview, a report paragraph
 * inserted, a key term added, saved, seen as learners will see it; a stale save in a second
 * session is a conflict, not a lost update; a change to the English (the source language) shows
 * the Arabic as outdated, in words a screen reader reads with the fields, and listed when publishing,
 * which goes ahead, until it is saved; and the same in Arabic.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LessonEditorIT {

    private static final String LESSON = "modules/01-law/01-the-charter.md";

    @ArquillianResource
    URL base;

    @Test
    void instructorEditsALessonWithLivePreviewAndAStaleSaveIsAConflict() {
        String email = TestAccounts.uniqueEmail("lesson-author");
        String course = "editor-" + UUID.randomUUID().toString().substring(0, 8);
        String editor = "/author/lesson.xhtml?course=" + course + "&path=" + LESSON;
        Journeys.seedInstructors(base, email, "Lesson Author");
        try (Browser instructor = Browser.open(base, "en"); Browser colleague = Browser.open(base, "en")) {
            Journeys.signInSuccessfully(instructor, email, TestAccounts.PASSWORD);
            assertEquals(204, instructor.postStatus("/api/test/courses/" + course), "the instructor starts a course of their own");
            instructor.go(editor);
            assertEquals("Edit the lesson: The Charter applies", instructor.text("h1"));
            assertEquals("rtl", instructor.attribute("#edit\\:languages\\:1\\:markdown", "dir"), "the Arabic text is right to left");
            assertEquals("ar", instructor.attribute("#edit\\:languages\\:1\\:title", "lang"));

            instructor.fill("edit:languages:0:markdown", "### Law first\n\nStates *agreed* <script>alert(1)</script><b onclick=\"alert(2)\">bold</b>");
            instructor.waitUntilAll("#edit\\:languages\\:0\\:preview b", "bold", Duration.ofSeconds(30));
            assertEquals("Law first", instructor.text("#edit\\:languages\\:0\\:preview h3"));
            assertEquals("agreed", instructor.text("#edit\\:languages\\:0\\:preview em"), "the preview follows the typing");
            assertTrue(instructor.elements("#edit\\:languages\\:0\\:preview script, #edit\\:languages\\:0\\:preview [onclick]").isEmpty(),
                    "the preview is sanitised like the lesson");

            assertEquals(1, instructor.elements("#edit\\:languages\\:0\\:section option[value='21']").size(),
                    () -> "the report's sections to cite: " + instructor.attribute("#edit\\:languages\\:0\\:section", "outerHTML"));
            instructor.choose("edit:languages:0:section", "21").click("edit:languages:0:insert");
            assertTrue(instructor.value("edit:languages:0:markdown").endsWith("bold</b> (para. 21)"), instructor.value("edit:languages:0:markdown"));
            assertEquals("19, 21", instructor.value("edit:covers"), "the inserted paragraph is now quoted by the lesson");
            instructor.click("edit:add-term")
                    .fill("edit:terms:1:languages:0:term", "Human rights")
                    .fill("edit:terms:1:languages:0:explanation", "Rights every person has.")
                    .fill("edit:terms:1:languages:1:term", "حقوق الإنسان")
                    .fill("edit:terms:1:languages:1:explanation", "الحقوق التي يتمتع بها كل إنسان.")
                    .fill("edit:minutes", "12")
                    .click("edit:save");
            assertTrue(instructor.text("#messages").contains("The lesson is saved in the draft"), instructor.text("#messages"));

            instructor.clickLink("See it as learners will");
            assertTrue(instructor.text("#preview-banner").contains("Preview of the draft"));
            assertEquals("The Charter applies", instructor.text("h1"));
            assertEquals("Paragraph 21", instructor.texts(".paragraph h3").get(1), "the newly quoted paragraph is shown");
            assertTrue(instructor.text(".paragraph#para-21 blockquote").contains("human rights"));
            assertEquals("Law first", instructor.text(".explanation h3"));
            assertTrue(instructor.text(".terms").contains("Human rights"));
            assertTrue(instructor.elements(".explanation script, .explanation [onclick]").isEmpty());
            assertTrue(instructor.text(".meta").contains("12"));

            Journeys.signInSuccessfully(colleague, email, TestAccounts.PASSWORD);
            colleague.go(editor).fill("edit:languages:0:title", "A title typed in the other session");
            instructor.go(editor).fill("edit:languages:0:title", "The Charter of the United Nations applies").click("edit:save");
            assertEquals("translation-ar", instructor.attribute("#edit\\:languages\\:1\\:title", "aria-describedby"),
                    "the Arabic title names its status");
            assertTrue(instructor.text("#translation-ar").startsWith("Text: outdated. The English text has changed since"),
                    () -> "the English title changed, the Arabic did not: " + instructor.text("#translation-ar"));
            assertTrue(instructor.text("#translation-en").startsWith("Text: complete. This is the course's source language"),
                    instructor.text("#translation-en"));
            assertTrue(instructor.attribute("#edit\\:languages\\:1\\:markdown", "aria-describedby").startsWith("translation-ar "));
            colleague.click("edit:save");
            assertTrue(colleague.text("#messages").contains("Someone else changed this lesson"), colleague.text("#messages"));
            assertEquals("A title typed in the other session", colleague.value("edit:languages:0:title"), "what they typed stays");
            colleague.click("edit:reload");
            assertEquals("The Charter of the United Nations applies", colleague.value("edit:languages:0:title"));

            colleague.fill("edit:languages:0:title", " ").click("edit:save");
            assertTrue(colleague.text("#messages").contains("Give the lesson a title in English"), colleague.text("#messages"));
            colleague.fill("edit:minutes", "500").click("edit:save");
            assertTrue(colleague.text("#messages").contains("from 1 to 240"), colleague.text("#messages"));
            colleague.fill("edit:minutes", "8").fill("edit:languages:0:title", "The Charter applies")
                    .force("edit:languages:0:markdown", "x".repeat(210 * 1024)).click("edit:save");
            assertTrue(colleague.text("#messages").contains("too long"), colleague.text("#messages"));

            instructor.go("/author/publish.xhtml?course=" + course);
            assertEquals("Translations missing or older than a change to the source language of the course: 1.",
                    instructor.text("#translations-intro").substring(0, instructor.text("#translations-intro").indexOf('.') + 1));
            String row = instructor.text("#translations tbody tr");
            assertTrue(row.matches("Lesson the-charter Arabic outdated " + LESSON + " \\d+"), row);
            instructor.click("publish:submit");
            assertTrue(String.join(" ", instructor.texts(".notice")).startsWith("Published."), "a warning, not a refusal");
        }
        try (Browser arabic = Browser.open(base, "ar")) {
            Journeys.signInSuccessfully(arabic, email, TestAccounts.PASSWORD);
            arabic.goAgain(editor).clickLink("العربية");
            assertEquals("rtl", arabic.attribute("html", "dir"));
            assertTrue(arabic.path().startsWith("/author/lesson.xhtml"), "the language switch comes back to the editor");
            arabic.choose("edit:languages:1:section", "20").click("edit:languages:1:insert");
            assertTrue(arabic.value("edit:languages:1:markdown").endsWith("(الفقرة 20)"), arabic.value("edit:languages:1:markdown"));
            arabic.click("edit:save");
            assertTrue(arabic.text("#messages").contains("حُفظ الدرس"), arabic.text("#messages"));
            assertTrue(arabic.text("#translation-ar").startsWith("النص: مكتمل."), () -> "saved since the English changed: "
                    + arabic.text("#translation-ar"));
            arabic.go("/author/preview-lesson.xhtml?course=" + course + "&path=" + LESSON + "&language=ar");
            assertEquals("ar", arabic.attribute(".lesson", "lang"));
            assertEquals("rtl", arabic.attribute(".lesson", "dir"));
            assertEquals("الميثاق ينطبق", arabic.text("h1"));
            assertTrue(arabic.text(".explanation").contains("(الفقرة 20)"));
        }
    }

    @Test
    void anInstructorWhoIsNotAnAuthorIsRefused() {
        String author = TestAccounts.uniqueEmail("owner");
        String stranger = TestAccounts.uniqueEmail("stranger");
        String course = "editor-" + UUID.randomUUID().toString().substring(0, 8);
        Journeys.seedInstructors(base, author, "Course Owner", stranger, "Other Instructor");
        try (Browser owner = Browser.open(base, "en"); Browser other = Browser.open(base, "en")) {
            Journeys.signInSuccessfully(owner, author, TestAccounts.PASSWORD);
            assertEquals(204, owner.postStatus("/api/test/courses/" + course));
            Journeys.signInSuccessfully(other, stranger, TestAccounts.PASSWORD);
            assertEquals(403, other.fetchStatus("/author/lesson.xhtml?course=" + course + "&path=" + LESSON));
            assertEquals(403, other.fetchStatus("/author/preview-lesson.xhtml?course=" + course + "&path=" + LESSON));
            assertEquals(404, owner.fetchStatus("/author/lesson.xhtml?course=" + course + "&path=modules/01-law/09-none.md"));
        }
        try (Browser learner = Browser.open(base, "en")) {
            String email = TestAccounts.uniqueEmail("learner");
            Journeys.register(learner, email, "Just A Learner");
            Journeys.signInSuccessfully(learner, email, TestAccounts.PASSWORD);
            assertEquals(403, learner.fetchStatus("/author/lesson.xhtml?course=" + course + "&path=" + LESSON));
        }
    }
}
