package org.capacityacademy.catalog;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.TestCourses;
import org.capacityacademy.catalog.boundary.CourseImport;
import org.capacityacademy.catalog.boundary.CourseLibrary;
import org.capacityacademy.catalog.boundary.ImportReport;
import org.capacityacademy.catalog.entity.Course;
import org.capacityacademy.catalog.entity.Lesson;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The course import on the real server and database: loaded at start, idempotent, all or nothing. */
@ExtendWith(ArquillianExtension.class)
class CourseImportIT {

    @Inject
    CourseImport courseImport;

    @Inject
    CourseLibrary library;

    @PersistenceContext
    EntityManager em;

    private static Path coursesDir() {
        return TestCourses.coursesDir();
    }

    private static Path copyOfTheCourse(String code) throws IOException {
        return TestCourses.copyOfTheCourse(code);
    }

    private Map<String, Instant> lessonUpdates(String code) {
        long id = em.createNamedQuery(Course.FIND_BY_CODE, Course.class).setParameter("code", code).getSingleResult().getId();
        return em.createNamedQuery(Lesson.FIND_BY_COURSE, Lesson.class).setParameter("course", id).getResultStream()
                .collect(Collectors.toMap(Lesson::getCode, Lesson::getUpdatedAt));
    }

    @Test
    void theShippedCourseIsLoadedAtStartAndASecondImportChangesNothing() {
        CourseLibrary.CourseSummary loaded = library.courses("en").stream()
                .filter(c -> c.code().equals("gge-2013")).findFirst().orElseThrow();
        assertEquals("The 2013 UN GGE report: ICT and international security", loaded.title());
        assertTrue(loaded.lessons() >= 8 && loaded.questions() >= 64, loaded.toString());

        ImportReport again = courseImport.importCourse(coursesDir().resolve("gge-2013"));
        assertFalse(again.isFailed(), again.problems()::toString);
        assertTrue(again.unchanged());
        assertEquals(0, again.lessonsChanged() + again.questionsChanged() + again.sectionsChanged() + again.retired());
    }

    @Test
    void anEditedLessonIsUpdatedAndTheOthersAreLeftAlone() throws IOException {
        String code = "copy-" + UUID.randomUUID().toString().substring(0, 8);
        Path course = copyOfTheCourse(code);
        ImportReport first = courseImport.importCourse(course);
        assertFalse(first.isFailed(), first.problems()::toString);
        assertEquals(first.lessons(), first.lessonsChanged());
        Map<String, Instant> before = lessonUpdates(code);

        Path lesson = course.resolve("modules/08-conclusions/01-an-iterative-process.md");
        Files.writeString(lesson, Files.readString(lesson).replace("<!-- en -->", "<!-- en -->\nAn added sentence.\n"));
        ImportReport second = courseImport.importCourse(course);
        assertEquals(1, second.lessonsChanged());
        assertEquals(0, second.questionsChanged());
        Map<String, Instant> after = lessonUpdates(code);
        List<String> changed = before.keySet().stream().filter(k -> !before.get(k).equals(after.get(k))).toList();
        assertEquals(List.of("conclusions-an-iterative-process"), changed);
    }

    @Test
    void aCourseWithAnErrorIsNotHalfImported() throws IOException {
        String code = "broken-" + UUID.randomUUID().toString().substring(0, 8);
        Path course = copyOfTheCourse(code);
        assertFalse(courseImport.importCourse(course).isFailed());
        String hash = em.createNamedQuery(Course.FIND_BY_CODE, Course.class).setParameter("code", code).getSingleResult().getContentHash();

        Path goodLesson = course.resolve("modules/02-introduction/01-why-the-group-met.md");
        Files.writeString(goodLesson, Files.readString(goodLesson).replace("<!-- en -->", "<!-- en -->\nChanged.\n"));
        Path quiz = course.resolve("modules/07-capacity-building/quiz.en.gift");
        Files.writeString(quiz, Files.readString(quiz) + "\n::capacity-building-99:: Unclosed {=a ~b\n");

        ImportReport refused = courseImport.importCourse(course);
        assertTrue(refused.isFailed());
        assertTrue(refused.problems().stream().anyMatch(p -> p.matches("modules/07-capacity-building/quiz\\.en\\.gift:\\d+: .*")),
                refused.problems()::toString);
        em.clear();
        Course stored = em.createNamedQuery(Course.FIND_BY_CODE, Course.class).setParameter("code", code).getSingleResult();
        assertEquals(hash, stored.getContentHash(), "nothing of the broken files was stored");
        Map<String, Lesson> lessons = em.createNamedQuery(Lesson.FIND_BY_COURSE, Lesson.class)
                .setParameter("course", stored.getId()).getResultStream()
                .collect(Collectors.toMap(Lesson::getCode, Function.identity()));
        assertFalse(lessons.get("introduction-why-the-group-met").textIn("en").getBodyHtml().contains("Changed."));
    }
}
