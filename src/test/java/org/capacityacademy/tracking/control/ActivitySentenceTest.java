package org.capacityacademy.tracking.control;

import org.capacityacademy.tracking.boundary.LearningEvent;
import org.capacityacademy.tracking.boundary.LearningEvent.Activity;
import org.capacityacademy.tracking.boundary.LearningEvent.ActivityType;
import org.capacityacademy.tracking.boundary.LearningEvent.Verb;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A stored statement reads as a sentence in the page's language, the name kept in its own language. */
class ActivitySentenceTest {

    private final StatementJson format = new StatementJson("http://localhost:8080");

    private HistoryEntry entry(Verb verb, Map<String, String> names) {
        Activity lesson = new Activity(ActivityType.LESSON, Activity.lessonPath("gge-2013", "a"), names, null);
        Instant now = Instant.parse("2026-11-24T10:15:30Z");
        return HistoryEntry.of(format.statement(UUID.randomUUID(), new LearningEvent(1, verb, lesson, null,
                null, now), "A", "en").toString());
    }

    @Test
    void completedLessonInEnglishAndArabic() {
        HistoryEntry completed = entry(Verb.COMPLETED, Map.of("en", "The report at a glance", "zh", "报告概览"));
        ActivitySentence english = ActivitySentence.of(completed, Locale.ENGLISH);
        assertEquals("You completed the lesson “The report at a glance”",
                english.before() + english.name() + english.after());
        ActivitySentence arabic = ActivitySentence.of(completed, Locale.forLanguageTag("ar"));
        assertEquals("en", arabic.nameLanguage(), "no Arabic title: the English one, marked as English");
        assertEquals("أكملت الدرس «", arabic.before());
        ActivitySentence chinese = ActivitySentence.of(completed, Locale.CHINESE);
        assertEquals("报告概览", chinese.name());
        assertEquals(Instant.parse("2026-11-24T10:15:30Z"), completed.timestamp());
    }

    @Test
    void verbWithoutAWordingForTheTypeUsesTheVerbsOwn() {
        ActivitySentence answered = ActivitySentence.of(entry(Verb.ANSWERED, Map.of("en", "X")), Locale.ENGLISH);
        assertEquals("You answered “X”", answered.before() + answered.name() + answered.after());
    }
}
