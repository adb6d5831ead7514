package org.capacityacademy.learning.boundary;

import org.capacityacademy.catalog.boundary.CatalogViews.LessonLink;
import org.capacityacademy.learning.boundary.Learning.Progress;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressTest {

    private static LessonLink lesson(long id) {
        return new LessonLink(id, "lesson-" + id, "Lesson " + id, 10, List.of());
    }

    private final List<LessonLink> lessons = List.of(lesson(1), lesson(2), lesson(3), lesson(4));

    @Test
    void continuesWithTheLastLessonOpenedUnlessItIsDone() {
        assertEquals(1, new Progress(true, Set.of(), null).continueWith(lessons).orElseThrow().id());
        assertEquals(3, new Progress(true, Set.of(1L), 3L).continueWith(lessons).orElseThrow().id());
        assertEquals(4, new Progress(true, Set.of(1L, 3L), 3L).continueWith(lessons).orElseThrow().id());
        assertEquals(2, new Progress(true, Set.of(1L, 3L, 4L), 4L).continueWith(lessons).orElseThrow().id(),
                "back to the first lesson left undone");
        assertEquals(4, new Progress(true, Set.of(1L, 2L, 3L, 4L), 2L).continueWith(lessons).orElseThrow().id());
        assertTrue(new Progress(true, Set.of(), null).continueWith(List.of()).isEmpty());
    }

    @Test
    void percentCountsOnlyTheCoursesCurrentLessons() {
        assertEquals(0, Progress.NONE.percentOf(lessons));
        assertEquals(25, new Progress(true, Set.of(2L), 2L).percentOf(lessons));
        assertEquals(50, new Progress(true, Set.of(2L, 4L, 99L), 2L).percentOf(lessons), "a retired lesson does not count");
        assertEquals(100, new Progress(true, Set.of(1L, 2L, 3L, 4L), 2L).percentOf(lessons));
    }
}
