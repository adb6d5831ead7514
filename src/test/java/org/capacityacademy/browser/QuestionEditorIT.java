package org.capacityacademy.browser;

import org.capacityacademy.TestAccounts;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An instructor creates a course of their own (English and Chinese, teaching the shipped course's
 * report) and works on its module's question bank in the draft: adds a single-choice, a
 * multiple-choice and a matching question in both languages (after being told what is missing),
 * previews the quiz and checks answers on it, downloads the bank as GIFT and imports a GIFT file
 * with one broken question, reading the report. A save after a colleague changed the bank is
 * refused without losing what was typed. Then the pages again in Arabic, and the questions are
 * removed. Every page passes the accessibility check. The shipped course is never touched, so
 * that a failure here leaves nothing another test could meet.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuestionEditorIT {

    private static final String MODULE = "modules/01-introduction/";
    /** The course's languages in the platform's order: English before Chinese. */
    private static final int EN = 0;
    private static final int ZH = 1;

    @ArquillianResource
    URL base;

    @Test
    void authorAddsQuestionsPreviewsTheQuizAndExchangesGift() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String course = "questions-" + tag;
        String bank = "/author/bank.xhtml?course=" + course + "&module=" + MODULE;
        String email = TestAccounts.uniqueEmail("question-author");
        Journeys.seedInstructors(base, email, "Question Author " + tag);
        String single = "c" + tag + "-1";
        String multiple = "c" + tag + "-2";
        String matching = "c" + tag + "-3";
        try (Browser author = Browser.open(base, "en")) {
            Journeys.signInSuccessfully(author, email, TestAccounts.PASSWORD);
            author.go("/author/courses.xhtml").fill("create:code", course)
                    .tick("#create\\:languages\\:1").tick("#create\\:languages\\:5")
                    .fill("create:title-en", "Questions on the report").fill("create:title-zh", "关于报告的问题")
                    .choose("create:report", "gge-2013").click("create:submit");
            assertEquals("Edit course: Questions on the report", author.text("h1"));
            author.go(bank);
            assertEquals("Question bank: Introduction", author.text("h1"));

            author.click("add-question");
            author.fill("question:id", single).fill("question:cites", "34")
                    .fill("question:texts:" + ZH + ":text", "专家组认为进展是怎样的？")
                    .fill("question:texts:" + EN + ":text", "How does the Group describe progress?");
            answer(author, 0, "重复渐进的", "Iterative and incremental " + tag);
            answer(author, 1, "一次完成的", "Achieved at once");
            author.click("question:save");
            assertEquals("Answers: tick the right answer.", author.text("#messages li"));
            assertEquals("How does the Group describe progress?", author.value("question:texts:" + EN + ":text"), "what was typed stays");
            author.clickAgain("question:options:0:right").click("question:save");
            assertEquals("Question " + single + " was saved in every language.", author.text("#messages li"));

            author.click("add-question").fill("question:id", multiple).fill("question:cites", "34, summary")
                    .choose("question:type", "multiple-choice").click("question:change-type")
                    .fill("question:texts:" + ZH + ":text", "哪些是正确的？").fill("question:texts:" + EN + ":text", "Which are right?");
            answer(author, 0, "甲", "First right");
            answer(author, 1, "乙", "Second right");
            answer(author, 2, "丙", "Wrong");
            author.fill("question:options:0:weight", "50").fill("question:options:1:weight", "40")
                    .fill("question:options:2:weight", "-100").click("question:save");
            assertEquals("Weights: the right answers add up to 90%, not 100%.", author.text("#messages li"));
            author.fill("question:options:1:weight", "50").click("question:save");
            assertEquals("Question " + multiple + " was saved in every language.", author.text("#messages li"));

            author.click("add-question").fill("question:id", matching).fill("question:cites", "34")
                    .choose("question:type", "matching").click("question:change-type")
                    .fill("question:texts:" + ZH + ":text", "请配对。").fill("question:texts:" + EN + ":text", "Match the pairs.");
            for (int i = 0; i < 3; i++) {
                answer(author, i, "左" + i, "left " + i);
                author.fill("question:options:" + i + ":langs:" + ZH + ":match", "右" + i)
                        .fill("question:options:" + i + ":langs:" + EN + ":match", "right " + i);
            }
            author.click("question:save");
            assertEquals("Question " + matching + " was saved in every language.", author.text("#messages li"));
            List<String> rows = author.texts("#questions tbody th");
            assertEquals(List.of(single, multiple, matching), rows.subList(rows.size() - 3, rows.size()));

            author.go("/author/question.xhtml?course=" + course + "&module=" + MODULE + "&id=" + single)
                    .fill("question:texts:" + EN + ":text", "Typed while a colleague works on the bank");
            // each move loads the page again: the next step waits for it (the tab is closed right after)
            author.inNewTab(colleague -> colleague.go(bank).clickOn("#row-" + matching + " [id$=':up']")
                    .waitUntilAll("#messages li", "The question was moved.")
                    .clickOn("#row-" + matching + " [id$=':down']").waitUntilAll("#messages li", "The question was moved."));
            author.click("question:save");
            assertEquals("Someone else changed this bank since you opened the question, so it was not saved.",
                    author.text("#messages li"));
            assertEquals("Typed while a colleague works on the bank", author.value("question:texts:" + EN + ":text"), "nothing typed is lost");
            author.click("question:reload");
            assertEquals("How does the Group describe progress?", author.value("question:texts:" + EN + ":text"));
            author.go(bank);
            rows = author.texts("#questions tbody th");
            assertEquals(List.of(single, multiple, matching), rows.subList(rows.size() - 3, rows.size()));

            author.click("preview");
            assertTrue(author.text("#preview-banner").startsWith("Preview of the draft."));
            WebElement right = author.elements("#sheet label").stream()
                    .filter(l -> l.getText().equals("Iterative and incremental " + tag)).findFirst().orElseThrow();
            author.clickAgain(right.getAttribute("for")).click("attempt:check");
            assertTrue(author.texts("#result h2").get(0).length() > 0);
            int last = author.elements("article.reviewed").size();
            assertTrue(last >= 3, "every question of the bank is checked");
            assertEquals(List.of("right", "wrong", "not answered"), author.texts("article.reviewed .verdict")
                    .subList(last - 3, last), "as a submitted attempt: a multiple choice left blank counts as answered with none");

            String gift = new String(author.fetchBytes("/api/author/gift?course=" + course + "&module=" + MODULE
                    + "&language=en"), StandardCharsets.UTF_8);
            assertTrue(gift.contains("// cites: 34, summary\n::" + multiple + ":: Which are right? {"), gift);
            assertTrue(gift.contains("=left 0 -> right 0\n"), gift);

            Path file = Files.createTempFile("bank", ".gift");
            Files.writeString(file, "// cites: 34\n::c" + tag + "-4:: Progress is iterative. {TRUE}\n\n"
                    + "::c" + tag + "-5:: Broken {=a ~b\n\n"
                    + "// cites: 34\n::c" + tag + "-6:: Which paragraph concludes the report? {=34 =paragraph 34}\n");
            author.go(bank).choose("gift:into", "en").upload("gift:file", file).click("gift:check");
            assertEquals("2 questions to import, 1 skipped.", author.text("#report-counts"));
            String broken = author.text("#outcomes tbody tr.skipped");
            assertTrue(broken.startsWith("4 c" + tag + "-5") && broken.contains("Broken braces"), broken);
            assertTrue(author.text("#outcomes tbody tr.imported").contains("Copied into Chinese: needs translation."));
            author.click("confirm:apply");
            assertEquals("2 questions were added to the bank in every language.", author.text("#messages li"));
            assertEquals(List.of("c" + tag + "-4", "c" + tag + "-6"), author.texts("#questions tbody th").stream()
                    .filter(id -> id.endsWith("-4") || id.endsWith("-6")).filter(id -> id.startsWith("c" + tag)).toList());
            Files.delete(file);
            author.go("/author/question.xhtml?course=" + course + "&module=" + MODULE + "&id=c" + tag + "-4");
            assertEquals(1, author.elements(".translation-status.missing").size(), "the copy the import made needs translating");
            assertTrue(author.text(".translation-status.missing").startsWith(
                    "Text: missing. There is no text in this language yet, or only a copy of the "), author.text(".translation-status.missing"));
            assertEquals(1, author.elements(".translation-status.complete").size(), "the language imported");
        }

        try (Browser arabic = Browser.open(base, "ar")) {
            Journeys.signInSuccessfully(arabic, email, TestAccounts.PASSWORD);
            // the instructor's profile says English: Arabic for this pass (the account is this test's own)
            arabic.go("/language?to=ar&return=" + URLEncoder.encode(bank, StandardCharsets.UTF_8));
            assertEquals("rtl", arabic.attribute("html", "dir"));
            assertTrue(arabic.text("h1").startsWith("بنك الأسئلة"), arabic.text("h1"));
            arabic.go("/author/question.xhtml?course=" + course + "&module=" + MODULE + "&id=" + matching);
            assertEquals("السؤال " + matching, arabic.text("h1"));
            arabic.click("question:save");
            assertEquals("حُفظ السؤال " + matching + " بكل اللغات.", arabic.text("#messages li"));
            for (String imported : List.of("c" + tag + "-4", "c" + tag + "-6")) {
                arabic.go("/author/question.xhtml?course=" + course + "&module=" + MODULE + "&id=" + imported)
                        .click("question:save");
                assertEquals("حُفظ السؤال " + imported + " بكل اللغات.", arabic.text("#messages li"),
                        "the true/false and the short-answer question as imported");
            }
            arabic.go("/author/preview-quiz.xhtml?course=" + course + "&module=" + MODULE);
            assertEquals("معاينة المسودة.", arabic.text("#preview-banner strong"));

            // the last column of the wide table is scrolled into view (right to left: at the far left) to remove each
            for (String id : List.of(single, multiple, matching, "c" + tag + "-4", "c" + tag + "-6")) {
                arabic.goAgain(bank).tick("#row-" + id + " [id$=':remove']").waitUntilCount("#row-" + id, 0);
            }
            assertEquals(List.of("introduction-1"), arabic.texts("#questions tbody th"), "the starter question is left");
        }
    }

    /** Types one answer of the question form in Chinese and English. */
    private static void answer(Browser browser, int option, String chinese, String english) {
        browser.fill("question:options:" + option + ":langs:" + ZH + ":answer", chinese)
                .fill("question:options:" + option + ":langs:" + EN + ":answer", english);
    }
}
