package org.capacityacademy.authoring;

import jakarta.inject.Inject;
import org.capacityacademy.TestAccounts;
import org.capacityacademy.TestCourses;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.entity.Role;
import org.capacityacademy.authoring.banks.boundary.BankDrafts.GiftUpload;
import org.capacityacademy.authoring.banks.boundary.BankDrafts;
import org.capacityacademy.authoring.banks.boundary.ImportLine;
import org.capacityacademy.authoring.drafts.boundary.Drafts;
import org.capacityacademy.courseformat.gift.GiftImport.Existing;
import org.capacityacademy.courseformat.gift.GiftImport.Outcome;
import org.capacityacademy.courseformat.gift.GiftKind;
import org.capacityacademy.courseformat.gift.GiftParser;
import org.capacityacademy.courseformat.gift.GiftQuestion.GiftAnswer;
import org.capacityacademy.courseformat.gift.GiftQuestion;
import org.capacityacademy.courseformat.gift.ModuleBank;
import org.capacityacademy.courseformat.gift.QuestionType;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bank as Moodle 4.5 exports it, imported into the module it came from on the real server and
 * database (its questions updated in place, new ones added, what the platform does not take skipped
 * naming the kind found), then exported back as GIFT that reads again as the same questions, and
 * imported once more as new questions or not at all.
 */
@ExtendWith(ArquillianExtension.class)
class MoodleGiftIT {

    private static final String NORMS = "modules/05-norms/";

    @Inject
    BankDrafts banks;

    @Inject
    Drafts drafts;

    @Inject
    AccountService accounts;

    @Test
    void aBankExportedByMoodleComesBackAndGoesOutAgain() throws Exception {
        String author = TestAccounts.registered(accounts, "moodle-author", Role.INSTRUCTOR);
        String course = "moodle-" + UUID.randomUUID().toString().substring(0, 8);
        drafts.start(author, course, TestCourses.filesOfTheCourse(course));
        String export = Files.readString(TestCourses.coursesDir().toAbsolutePath().getParent()
                .resolve("src/test/resources/gift/moodle-4.5-export.txt"));
        ModuleBank before = banks.read(author, course, NORMS).bank();
        GiftQuestion zhBefore = before.find("norms-1").orElseThrow().in("zh");

        GiftUpload checked = banks.check(author, course, NORMS, "en", export, Existing.UPDATE);
        assertEquals(8, checked.imported());
        assertEquals(3, checked.alreadyInBank(), "norms-1, norms-2 and norms-3 came from this bank");
        List<ImportLine> lines = ImportLine.of(checked, Locale.ENGLISH);
        assertEquals(List.of("Description: A description (text without a question) is not imported: a quiz here holds only questions.",
                        "Essay: This type of question is not supported here: only single and multiple choice, true/false, matching and short answer.",
                        "Numerical: This type of question is not supported here: only single and multiple choice, true/false, matching and short answer."),
                lines.stream().filter(line -> !line.imported()).map(line -> line.notes().get(0)).toList());
        assertEquals(List.of(GiftKind.DESCRIPTION, GiftKind.ESSAY, GiftKind.NUMERICAL),
                checked.outcomes().stream().filter(o -> !o.imported()).map(Outcome::kind).toList());

        banks.importGift(author, course, NORMS, "en", export, checked.versions(), Existing.UPDATE);
        ModuleBank after = banks.read(author, course, NORMS).bank();
        assertEquals(before.entries().size() + 5, after.entries().size(), "three updated in place, five added");
        GiftQuestion norms1 = after.find("norms-1").orElseThrow().in("en");
        assertTrue(norms1.html() && norms1.text().startsWith("<p>According to paragraph 16"), norms1::toString);
        assertEquals(zhBefore.withoutLine(), after.find("norms-1").orElseThrow().in("zh").withoutLine(),
                "same shape: the Chinese text is kept");
        assertEquals(before.find("norms-1").orElseThrow().cites(), after.find("norms-1").orElseThrow().cites(),
                "no // cites: in Moodle's file: the citations stay");
        GiftQuestion city = after.entries().stream().map(e -> e.in("en")).filter(q -> q.text().startsWith("In which city"))
                .findFirst().orElseThrow();
        assertEquals(QuestionType.SHORT_ANSWER, city.type());
        assertEquals(List.of(100.0, 100.0, 50.0, 0.0), city.answers().stream().map(GiftAnswer::weight).toList());
        GiftQuestion hostile = after.entries().stream().map(e -> e.in("en")).filter(q -> q.text().contains("68/243"))
                .findFirst().orElseThrow();
        assertFalse((hostile.text() + hostile.answers()).contains("script"), hostile::toString);

        String exported = banks.gift(author, course, NORMS, "en");
        assertTrue(exported.contains("::norms-1:: [html]<p>According to paragraph 16"), exported);
        assertTrue(exported.contains("=%50%Geneva#"), "a short answer's partial credit goes out as Moodle writes it");
        assertTrue(exported.contains("~%50%<p>A meeting of the Group"), "and a single choice's");
        assertEquals(after.entries().stream().map(e -> e.in("en").as(e.id(), e.cites(), 0)).toList(),
                GiftParser.parse("quiz.en.gift", exported).stream().map(GiftQuestion::withoutLine).toList(),
                "what goes out reads back as the bank");

        GiftUpload asNew = banks.check(author, course, NORMS, "en", exported, Existing.ADD_AS_NEW);
        assertEquals(after.entries().size(), asNew.imported(), "every question can be added again as a new one");
        assertTrue(asNew.outcomes().stream().noneMatch(Outcome::updates));
        assertEquals(0, banks.check(author, course, NORMS, "en", exported, Existing.SKIP).imported(), "or not at all");
    }
}
