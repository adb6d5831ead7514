package org.capacityacademy.authoring.banks.control;

import org.capacityacademy.courseformat.ContentException;
import org.capacityacademy.courseformat.CourseFiles;
import org.capacityacademy.courseformat.CourseReader;
import org.capacityacademy.courseformat.gift.GiftQuestion;
import org.capacityacademy.courseformat.gift.ModuleBank.Entry;
import org.capacityacademy.courseformat.gift.ModuleBank;
import org.capacityacademy.courseformat.gift.QuestionType;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModuleBankTest {

    private static final String NORMS = "modules/05-norms/";

    @Test
    void editsKeepEveryLanguageAlignedSoTheCourseStillReads() throws ContentException {
        Map<String, String> files = new HashMap<>(CourseFiles.folder(Path.of("courses/gge-2013")).all());
        CourseDraft draft = new CourseDraft(files);
        assertEquals(List.of("zh", "en", "ar", "es", "fr", "ru"), draft.languages());
        assertEquals("norms", draft.moduleCode(NORMS));
        assertTrue(draft.sections().containsAll(List.of("16", "summary", "34")));
        assertTrue(draft.questionIdsOutside(NORMS).contains("threats-1"));
        assertFalse(draft.questionIdsOutside(NORMS).contains("norms-1"));

        ModuleBank bank = ModuleBank.read(NORMS, draft.languages(), files);
        assertEquals(12, bank.entries().size());
        assertTrue(bank.move("norms-1", 1));
        assertFalse(bank.move("norms-12", 1));
        bank.remove("norms-3");
        GiftQuestion added = new GiftQuestion("norms-99", QuestionType.TRUE_FALSE, "New statement.",
                List.of(new GiftQuestion.GiftAnswer("true", null, 100, null, null)), null, List.of("19"), 0);
        assertEquals(List.of("zh", "ar", "es", "fr", "ru"), bank.addImported(added, "en"));
        files.putAll(bank.files());

        assertTrue(files.get(NORMS + "quiz.en.gift").startsWith("// Question bank of module 5"), "the header stays");
        var course = CourseReader.read(CourseFiles.of(files));
        var norms = course.modules().stream().filter(m -> m.code().equals("norms")).findFirst().orElseThrow();
        assertEquals(List.of("norms-2", "norms-1", "norms-4"), norms.questions().subList(0, 3).stream()
                .map(q -> q.code()).toList());
        assertEquals("norms-99", norms.questions().get(11).code());
        assertEquals("New statement.", norms.questions().get(11).text().get("zh").text());
    }

    @Test
    void aQuestionMissingInALanguageIsCopiedAndABrokenFileRefused() throws ContentException {
        Map<String, String> files = Map.of(
                "modules/01-a/quiz.zh.gift", "::a-1:: 问题 {=是 ~否}\n",
                "modules/01-a/quiz.en.gift", "::a-1:: Question {=yes ~no}\n\n::a-2:: Only English {T}\n");
        ModuleBank bank = ModuleBank.read("modules/01-a/", List.of("zh", "en"), files);
        List<Entry> entries = bank.entries();
        assertEquals(List.of("a-1", "a-2"), entries.stream().map(Entry::id).toList());
        assertEquals("Only English", entries.get(1).in("zh").text());
        assertThrows(ContentException.class, () -> ModuleBank.read("modules/01-a/", List.of("zh"),
                Map.of("modules/01-a/quiz.zh.gift", "::a-1:: broken {=x")));
    }
}
