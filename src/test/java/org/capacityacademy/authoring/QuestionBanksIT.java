package org.capacityacademy.authoring;

import jakarta.inject.Inject;
import org.capacityacademy.TestAccounts;
import org.capacityacademy.TestCourses;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.entity.Role;
import org.capacityacademy.assessment.boundary.QuestionBanks;
import org.capacityacademy.assessment.entity.Question;
import org.capacityacademy.authoring.banks.boundary.BankDraft;
import org.capacityacademy.authoring.banks.boundary.BankDrafts.GiftUpload;
import org.capacityacademy.authoring.banks.boundary.BankDrafts;
import org.capacityacademy.authoring.banks.control.QuestionCheck.Problem;
import org.capacityacademy.authoring.banks.control.QuestionForm;
import org.capacityacademy.authoring.drafts.boundary.Authorship;
import org.capacityacademy.authoring.drafts.boundary.Drafts;
import org.capacityacademy.authoring.drafts.boundary.EditConflict;
import org.capacityacademy.authoring.drafts.boundary.NotAnAuthor;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.courseformat.ContentException;
import org.capacityacademy.courseformat.gift.GiftImport.Outcome;
import org.capacityacademy.courseformat.gift.GiftParser;
import org.capacityacademy.courseformat.gift.GiftQuestion.GiftAnswer;
import org.capacityacademy.courseformat.gift.GiftQuestion;
import org.capacityacademy.courseformat.gift.ModuleBank.Entry;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Question banks of a course's draft on the real server and database: GIFT in and out, publishing, two editors. */
@ExtendWith(ArquillianExtension.class)
class QuestionBanksIT {

    private static final String NORMS = "modules/05-norms/";
    /** The shipped course's languages, which the test courses copy. */
    private static final List<String> LANGUAGES = List.of("zh", "en", "ar", "es", "fr", "ru");

    @Inject
    BankDrafts banks;

    @Inject
    Drafts drafts;

    @Inject
    Authorship authorship;

    @Inject
    AccountService accounts;

    @Inject
    Catalog catalog;

    @Inject
    QuestionBanks stored;

    private String person(String name, Role role) {
        return TestAccounts.registered(accounts, name, role);
    }

    private String course(String author) {
        String course = "banks-" + UUID.randomUUID().toString().substring(0, 8);
        drafts.start(author, course, TestCourses.filesOfTheCourse(course));
        return course;
    }

    private static List<GiftQuestion> lineless(List<GiftQuestion> questions) {
        return questions.stream().map(q -> new GiftQuestion(q.id(), q.type(), q.text(), q.answers(), q.generalFeedback(),
                q.cites(), 0)).toList();
    }

    private List<GiftQuestion> published(String course, String language) {
        var quiz = catalog.quiz(course, "norms", language).orElseThrow();
        List<Question> questions = stored.inUse(quiz.bankModules());
        return lineless(questions.stream().map(q -> QuestionBanks.content(q, language)).toList());
    }

    @Test
    void aBankExportedAsGiftImportsBackAndPublishesAsTheSameQuestions() throws ContentException {
        String author = person("author", Role.INSTRUCTOR);
        String course = course(author);
        assertThrows(NotAnAuthor.class, () -> banks.read(person("learner", null), course, NORMS));

        String english = banks.gift(author, course, NORMS, "en");
        String shipped = TestCourses.filesOfTheCourse(course).get(NORMS + "quiz.en.gift");
        List<GiftQuestion> fileQuestions = lineless(GiftParser.parse("quiz.en.gift", english));
        assertEquals(lineless(GiftParser.parse("shipped", shipped)), fileQuestions, "the export holds the bank's questions");

        BankDraft bank = banks.read(author, course, NORMS);
        for (Entry entry : bank.bank().entries()) {
            banks.remove(author, course, NORMS, entry.id(), banks.read(author, course, NORMS).versions());
        }
        assertTrue(banks.read(author, course, NORMS).bank().entries().isEmpty());

        BankDraft empty = banks.read(author, course, NORMS);
        GiftUpload checked = banks.check(author, course, NORMS, "en", english);
        assertEquals(12, checked.imported());
        assertEquals(empty.versions(), banks.read(author, course, NORMS).versions(), "checking stores nothing");
        GiftUpload imported = banks.importGift(author, course, NORMS, "en", english, checked.versions());
        assertEquals(12, imported.imported());
        assertEquals(List.of("zh", "ar", "es", "fr", "ru"), imported.copiedInto());
        GiftUpload again = banks.check(author, course, NORMS, "zh", english);
        assertEquals(0, again.imported(), "every id is in the bank now");
        assertTrue(again.outcomes().stream().allMatch(o -> o.skipped().reason().equals("duplicate")));

        drafts.publish(author, course, true);
        assertEquals(fileQuestions, published(course, "en"), "the stored questions are the file's");
        assertEquals(fileQuestions.stream().map(GiftQuestion::text).toList(),
                published(course, "zh").stream().map(GiftQuestion::text).toList(), "copied into Chinese, to translate");
    }

    @Test
    void brokenGiftIsReportedQuestionByQuestionWithLinesAndNothingStored() {
        String author = person("author", Role.INSTRUCTOR);
        String course = course(author);
        BankDraft before = banks.read(author, course, NORMS);
        String gift = """
                // cites: 16
                ::new-1:: Fine. {=yes ~no}

                ::new-2:: Essay. {}

                // cites: 17
                ::new-3:: Never closed {=a ~b

                ::norms-1:: A copy of a question in the bank. {=a ~b}

                Untitled? {=a =b}
                """;
        GiftUpload report = banks.check(author, course, NORMS, "zh", gift);
        List<Outcome> outcomes = report.outcomes();
        assertEquals(List.of(2, 4, 7, 9, 11), outcomes.stream().map(Outcome::line).toList());
        assertEquals(List.of(true, false, false, false, true), outcomes.stream().map(Outcome::imported).toList());
        assertEquals(List.of("unsupported", "braces", "duplicate"),
                outcomes.stream().filter(o -> !o.imported()).map(o -> o.skipped().reason()).toList());
        assertEquals("norms-13", outcomes.get(4).id(), "generated after the bank's 12 questions");
        assertEquals(before.versions(), banks.read(author, course, NORMS).versions(), "nothing stored");

        banks.importGift(author, course, NORMS, "zh", gift, report.versions());
        BankDraft after = banks.read(author, course, NORMS);
        assertEquals(14, after.bank().entries().size());
        assertEquals("Fine.", after.bank().find("new-1").orElseThrow().in("en").text(), "copied into English");
    }

    @Test
    void twoEditorsOfOneBankNeverOverwriteEachOther() {
        String author = person("author", Role.INSTRUCTOR);
        String colleague = person("colleague", Role.INSTRUCTOR);
        String course = course(author);
        authorship.add(person("admin", Role.ADMIN), course, accounts.getByEmail(colleague).getId());
        Map<String, Long> mine = banks.read(author, course, NORMS).versions();
        Map<String, Long> theirs = banks.read(colleague, course, NORMS).versions();

        QuestionForm form = QuestionForm.blank(LANGUAGES);
        form.setId("norms-new");
        form.setType("matching");
        form.setCites("19");
        // the other languages as in English: what is checked here is the bank, not the translation
        LANGUAGES.forEach(language -> form.getText().put(language, language.equals("zh") ? "配对" : "Match"));
        for (int i = 0; i < 3; i++) {
            QuestionForm.Option option = form.getOptions().get(i);
            for (String language : LANGUAGES) {
                option.getText().put(language, language.equals("zh") ? "左" + i : "left " + i);
                option.getMatch().put(language, language.equals("zh") ? "右" + i : "right " + i);
            }
        }
        List<Problem> problems = banks.save(author, course, NORMS, null, form, mine);
        assertEquals(List.of(), problems);

        assertThrows(EditConflict.class, () -> banks.move(colleague, course, NORMS, "norms-1", 1, theirs));
        QuestionForm edit = QuestionForm.of(banks.read(colleague, course, NORMS).bank().find("norms-2").orElseThrow(),
                LANGUAGES);
        edit.getText().put("en", "Changed by the colleague");
        assertThrows(EditConflict.class, () -> banks.save(colleague, course, NORMS, "norms-2", edit, theirs));
        BankDraft now = banks.read(colleague, course, NORMS);
        assertEquals("norms-new", now.bank().entries().get(12).id(), "the first save stays");
        assertEquals(QuestionForm.typeName(org.capacityacademy.courseformat.gift.QuestionType.MATCHING),
                QuestionForm.typeName(now.bank().entries().get(12).type()));

        assertEquals(List.of(), banks.save(colleague, course, NORMS, "norms-2", edit, now.versions()), "after reading again");
        QuestionForm duplicate = QuestionForm.of(now.bank().find("norms-3").orElseThrow(), LANGUAGES);
        duplicate.setId("norms-new");
        assertEquals(List.of("id-taken"), banks.save(author, course, NORMS, null, duplicate,
                banks.read(author, course, NORMS).versions()).stream().map(Problem::key).toList());
        assertEquals("Changed by the colleague", banks.read(author, course, NORMS).bank().find("norms-2").orElseThrow()
                .in("en").text());
        assertTrue(drafts.check(author, course).mayPublish(), () -> drafts.check(author, course).problems().toString());
        GiftAnswer pair = banks.read(author, course, NORMS).bank().find("norms-new").orElseThrow().in("zh").answers().get(0);
        assertEquals("右0", pair.match());
    }
}
