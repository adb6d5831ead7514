package org.capacityacademy.authoring.lessons.control;

import org.capacityacademy.authoring.TestCourseResource;
import org.capacityacademy.courseformat.ContentException;
import org.capacityacademy.courseformat.CourseFiles;
import org.capacityacademy.courseformat.CourseReader;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CitationsTest {

    @Test
    void citesInTheLanguageOfTheText() {
        assertEquals("(para. 19)", Citations.of("19", "en"));
        assertEquals("（第19段）", Citations.of("19", "zh"));
        assertEquals("(الفقرة 19)", Citations.of("19", "ar"));
        assertEquals("(par. 19)", Citations.of("19", "fr"));
        assertEquals("(see: Summary)", Citations.of("summary", "en"));
        assertEquals("(see: preface)", Citations.of("preface", "en"), "a part the platform has no name for");
        assertEquals("Paragraph 26", Citations.label("26", Locale.ENGLISH));
    }

    @Test
    void insertsAtTheCursorOrAtTheEnd() {
        assertEquals("Law applies (para. 19).", Citations.insert("Law applies.", "(para. 19)", "11"));
        assertEquals("Law applies. (para. 19)", Citations.insert("Law applies.", "(para. 19)", null));
        assertEquals("Law applies. (para. 19)", Citations.insert("Law applies.", "(para. 19)", "999"));
        assertEquals("(para. 19)Law", Citations.insert("Law", "(para. 19)", "-3"));
        assertEquals("法律适用（第19段）。", Citations.insert("法律适用。", "（第19段）", "4"));
        assertEquals("a\nb (para. 2)\nc", Citations.insert("a\r\nb\r\nc", "(para. 2)", "3"), "offsets count a line end as one character, as browsers do");
    }

    @Test
    void theBrowserTestsSmallCourseIsACompleteCourse() throws ContentException {
        Map<String, String> files = TestCourseResource.smallCourse("small");
        assertEquals(2, CourseReader.read(CourseFiles.of(files)).lessonCount());
        assertTrue(DraftReport.of(files).contains("21"));
        assertEquals("ينطبق القانون الدولي، ولا سيما ميثاق الأمم المتحدة.", DraftReport.of(files).text("19", "ar"));
    }
}
