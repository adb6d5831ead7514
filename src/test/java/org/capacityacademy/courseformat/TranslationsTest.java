package org.capacityacademy.courseformat;

import org.capacityacademy.courseformat.Translations.Basis;
import org.capacityacademy.courseformat.Translations.Status;
import org.capacityacademy.courseformat.Translations.Unit;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule that tells authors which translations of a lesson or question are complete, missing or outdated. */
class TranslationsTest {

    private static final String LESSON = "modules/05-norms/01-norms-from-existing-international-law.md";
    private static final String QUESTION = Translations.questionKey("modules/05-norms/", "norms-1");
    private static final List<String> LANGUAGES = List.of("zh", "en", "ar", "es", "fr", "ru");

    private final Map<String, String> files = new TreeMap<>(CourseFiles.folder(CourseContentTest.COURSE).all());
    /** The bases recorded so far, by unit and language, as the platform keeps them. */
    private final Map<String, Map<String, Basis>> bases = new HashMap<>();

    private Map<String, Unit> units() {
        return Translations.of(files, LANGUAGES);
    }

    /** An author saves the files: the bases move as the platform moves them. */
    private void save(String path, String text) {
        Map<String, Unit> before = units();
        files.put(path, text);
        units().forEach((key, after) -> bases.computeIfAbsent(key, k -> new HashMap<>())
                .putAll(Translations.recorded(before.get(key), after, "zh", bases.getOrDefault(key, Map.of()))));
    }

    private Status status(String key, String language) {
        return Translations.status(units().get(key), language, "zh", bases.getOrDefault(key, Map.of()).get(language));
    }

    private void replace(String path, String from, String to) {
        assertTrue(files.get(path).contains(from), () -> path + " lacks " + from);
        save(path, files.get(path).replace(from, to));
    }

    @Test
    void theShippedCourseIsCompleteInEveryLanguage() {
        Map<String, Unit> units = units();
        assertEquals(17 + 81, units.size(), "every lesson and every question");
        units.values().forEach(unit -> LANGUAGES.forEach(language ->
                assertEquals(Status.COMPLETE, Translations.status(unit, language, "zh", null), () -> unit.key() + " " + language)));
        Unit question = units.get(QUESTION);
        assertEquals("norms-1", question.code());
        assertEquals("modules/05-norms/quiz.fr.gift", question.files().get("fr"));
        assertTrue(question.lines().get("fr") > 0);
        assertEquals("norms-international-law", units.get(LESSON).code());
    }

    @Test
    void aChangeToTheSourceMakesTheOtherLanguagesOutdatedUntilEachIsSaved() {
        String lesson = files.get(LESSON);
        String zh = lesson.substring(lesson.indexOf("<!-- zh -->"), lesson.indexOf("<!-- zh -->") + 40);
        replace(LESSON, zh, zh + "（修订）");
        assertEquals(Status.COMPLETE, status(LESSON, "zh"));
        for (String language : List.of("en", "ar", "es", "fr", "ru")) {
            assertEquals(Status.OUTDATED, status(LESSON, language), language);
        }
        replace(LESSON, "Three points in paragraph 16", "Three points made in paragraph 16");
        assertEquals(Status.COMPLETE, status(LESSON, "en"), "edited since the source changed");
        assertEquals(Status.OUTDATED, status(LESSON, "fr"), "the others stay outdated");

        replace(LESSON, zh + "（修订）", zh + "（再次修订）");
        assertEquals(Status.OUTDATED, status(LESSON, "en"), "a second change to the source outdates it again");
        assertEquals(Status.OUTDATED, status(LESSON, "fr"));
        replace(LESSON, zh + "（再次修订）", zh);
        assertEquals(Status.COMPLETE, status(LESSON, "fr"), "the source back as fr was saved against it");
    }

    @Test
    void aChangeToALessonsTitleObjectivesOrTermsInTheSourceCountsAsWell() {
        String title = LessonFile.of(LESSON, files.get(LESSON)).title().get("zh");
        replace(LESSON, title, title + "（新）");
        assertEquals(Status.OUTDATED, status(LESSON, "ru"));
        String english = LessonFile.of(LESSON, files.get(LESSON)).title().get("en");
        replace(LESSON, english, english + " (new)");
        assertEquals(Status.COMPLETE, status(LESSON, "en"));
    }

    @Test
    void aQuestionChangedInTheSourceBankOutdatesItsTranslationsOnly() {
        String zh = "modules/05-norms/quiz.zh.gift";
        String text = files.get(zh);
        int at = text.indexOf("::norms-1::") + "::norms-1::".length();
        save(zh, text.substring(0, at) + " 修订：" + text.substring(at));
        assertEquals(Status.OUTDATED, status(QUESTION, "es"));
        assertEquals(Status.COMPLETE, status(Translations.questionKey("modules/05-norms/", "norms-2"), "es"), "other questions stay");
        replace("modules/05-norms/quiz.es.gift", "::norms-1::", "::norms-1:: Según");
        assertEquals(Status.COMPLETE, status(QUESTION, "es"));
        assertEquals(Status.OUTDATED, status(QUESTION, "en"));
    }

    @Test
    void aLanguageWithoutTextOrWithACopyOfTheSourceIsMissing() {
        String lesson = files.get(LESSON);
        save(LESSON, lesson.substring(0, lesson.indexOf("<!-- ru -->")));
        assertEquals(Status.MISSING, status(LESSON, "ru"));
        save("modules/05-norms/quiz.fr.gift", files.get("modules/05-norms/quiz.zh.gift"));
        assertEquals(Status.MISSING, status(QUESTION, "fr"), "the Chinese question copied into the French bank");
        files.remove("modules/05-norms/quiz.ar.gift");
        assertEquals(Status.MISSING, status(QUESTION, "ar"));
        assertEquals(Status.COMPLETE, status(QUESTION, "zh"));
    }

    @Test
    void aBasisRecordedInAnotherSourceLanguageTellsNothing() {
        Unit unit = units().get(LESSON);
        Basis old = new Basis(unit.fingerprints().get("fr"), "en", "whatever the English said");
        assertEquals(Status.COMPLETE, Translations.status(unit, "fr", "zh", old));
        Basis stale = new Basis(unit.fingerprints().get("fr"), "zh", "what the Chinese said before");
        assertEquals(Status.OUTDATED, Translations.status(unit, "fr", "zh", stale));
        Basis otherText = new Basis("a French text since replaced", "zh", "what the Chinese said before");
        assertEquals(Status.COMPLETE, Translations.status(unit, "fr", "zh", otherText), "the text changed since: saved anew");
    }

    @Test
    void brokenFilesGiveNoTextRatherThanAnError() {
        files.put(LESSON, "no header, a file broken by hand");
        files.put("modules/05-norms/quiz.fr.gift", "::norms-1:: never closed {=a ~b");
        files.put("modules/04-cooperation/01-x.md", "---\ntitle: &a [*a]\nid: [[[[[[\n---\n<!-- en -->\ntext\n");
        Map<String, Unit> units = units();
        assertEquals(Status.MISSING, Translations.status(units.get(LESSON), "en", "zh", null));
        assertEquals(Status.MISSING, Translations.status(units.get(QUESTION), "fr", "zh", null), "its bank does not read");
        assertEquals(Status.COMPLETE, Translations.status(units.get(QUESTION), "ru", "zh", null));
    }

    @Test
    void onlyLessonsAndBanksHoldTranslatedTexts() {
        assertTrue(Translations.translated(LESSON));
        assertTrue(Translations.translated("modules/05-norms/quiz.fr.gift"));
        assertFalse(Translations.translated("modules/05-norms/module.yaml"));
        assertFalse(Translations.translated("course.yaml"));
        assertTrue(Translations.holds(QUESTION, "modules/05-norms/quiz.ar.gift"));
        assertFalse(Translations.holds(QUESTION, "modules/04-cooperation/quiz.ar.gift"));
        assertTrue(Translations.holds(LESSON, LESSON));
    }
}
