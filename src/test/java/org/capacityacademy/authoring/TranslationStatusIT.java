package org.capacityacademy.authoring;

import jakarta.inject.Inject;
import org.capacityacademy.TestAccounts;
import org.capacityacademy.TestCourses;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.entity.Role;
import org.capacityacademy.authoring.banks.boundary.BankDrafts;
import org.capacityacademy.authoring.drafts.boundary.DraftFile;
import org.capacityacademy.authoring.drafts.boundary.Drafts;
import org.capacityacademy.authoring.drafts.boundary.FileEdit;
import org.capacityacademy.authoring.drafts.boundary.Translation;
import org.capacityacademy.authoring.lessons.boundary.DraftLessons;
import org.capacityacademy.authoring.lessons.boundary.DraftLessons.LessonDraft;
import org.capacityacademy.catalog.boundary.ImportReport;
import org.capacityacademy.courseformat.ContentException;
import org.capacityacademy.courseformat.Translations.Status;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Authors see which translations a change to the source language left behind, on the real server
 * and database: in the lesson and question editors, and as a warning when publishing, which still
 * goes ahead.
 */
@ExtendWith(ArquillianExtension.class)
class TranslationStatusIT {

    private static final String LESSON = "modules/05-norms/01-norms-from-existing-international-law.md";
    private static final String MODULE = "modules/05-norms/";
    private static final List<String> TRANSLATIONS = List.of("en", "ar", "es", "fr", "ru");

    @Inject
    DraftLessons lessons;

    @Inject
    BankDrafts banks;

    @Inject
    Drafts drafts;

    @Inject
    AccountService accounts;

    private Map<String, Status> lessonStatus(String author, String course) {
        Map<String, Status> status = new java.util.LinkedHashMap<>();
        lessons.translations(author, course, LESSON).forEach((language, t) -> status.put(language, t.status()));
        return status;
    }

    @Test
    void aChangeToTheSourceLanguageOutdatesTheOthersUntilEachIsSavedAndPublishingWarnsButPublishes() throws ContentException {
        String author = TestAccounts.registered(accounts, "translation-author", Role.INSTRUCTOR);
        String course = "translated-" + UUID.randomUUID().toString().substring(0, 8);
        drafts.start(author, course, TestCourses.filesOfTheCourse(course));
        drafts.publish(author, course, false);
        assertTrue(lessonStatus(author, course).values().stream().allMatch(Status.COMPLETE::equals), "the shipped texts agree");

        LessonDraft draft = lessons.open(author, course, LESSON).orElseThrow();
        draft.lesson().getMarkdown().put("zh", draft.lesson().getMarkdown().get("zh") + "\n\n本课文已修订。");
        lessons.save(author, course, LESSON, draft.lesson(), draft.version());
        Map<String, Status> afterSource = lessonStatus(author, course);
        assertEquals(Status.COMPLETE, afterSource.get("zh"), "the source language itself");
        TRANSLATIONS.forEach(language -> assertEquals(Status.OUTDATED, afterSource.get(language), language));

        LessonDraft again = lessons.open(author, course, LESSON).orElseThrow();
        again.lesson().getMarkdown().put("fr", again.lesson().getMarkdown().get("fr") + "\n\nCette leçon a été révisée.");
        lessons.save(author, course, LESSON, again.lesson(), again.version());
        assertEquals(Status.COMPLETE, lessonStatus(author, course).get("fr"), "saved since the source changed");
        assertEquals(Status.OUTDATED, lessonStatus(author, course).get("en"), "the others wait for theirs");

        DraftFile zhBank = drafts.draft(author, course).get(MODULE + "quiz.zh.gift");
        drafts.apply(author, course, List.of(FileEdit.update(zhBank, zhBank.content().replace("::norms-2::", "::norms-2:: 修订："))));
        Map<String, Translation> question = banks.translations(author, course, MODULE, "norms-2");
        assertEquals(Status.OUTDATED, question.get("es").status());
        assertEquals(MODULE + "quiz.es.gift", question.get("es").file());
        assertTrue(question.get("es").line() > 0, "with its line");
        assertEquals(Status.COMPLETE, banks.translations(author, course, MODULE, "norms-1").get("es").status(), "other questions stay");

        List<Translation> warned = drafts.translations(author, course, null).stream().filter(Translation::needsWork).toList();
        assertEquals(4 + 5, warned.size(), () -> "the lesson in en, ar, es, ru and the question in five languages: " + warned);
        assertTrue(warned.stream().anyMatch(t -> t.kind().equals("lesson") && t.code().equals("norms-international-law")
                && t.language().equals("ru") && t.file().equals(LESSON) && t.line() > 0));
        assertTrue(drafts.check(author, course).mayPublish(), "a warning, not a problem");
        ImportReport published = drafts.publish(author, course, false);
        assertNotNull(published);
        assertEquals(1, published.lessonsChanged());

        assertEquals(Status.OUTDATED, lessonStatus(author, course).get("en"), "publishing keeps what is outdated");
        LessonDraft english = lessons.open(author, course, LESSON).orElseThrow();
        english.lesson().getMarkdown().put("en", english.lesson().getMarkdown().get("en") + "\n\nThis lesson was revised.");
        lessons.save(author, course, LESSON, english.lesson(), english.version());
        assertEquals(Status.COMPLETE, lessonStatus(author, course).get("en"));
        assertEquals(Status.COMPLETE, lessonStatus(author, course).get("fr"));
        assertEquals(Status.OUTDATED, lessonStatus(author, course).get("ar"));
    }
}
