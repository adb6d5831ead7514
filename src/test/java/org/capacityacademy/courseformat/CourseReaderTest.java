package org.capacityacademy.courseformat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broken course files are refused whole, each problem named with its file and line. */
class CourseReaderTest {

    @TempDir
    Path copy;

    private Path copyOfTheCourse() throws IOException {
        Path source = CourseContentTest.COURSE;
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), () -> file + " lacks " + from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    @Test
    void everyProblemIsNamedWithItsFileAndLine() throws IOException {
        Path course = copyOfTheCourse();
        Path module = course.resolve("modules/05-norms");
        String lesson = "01-norms-from-existing-international-law.md";
        replace(module.resolve(lesson), "<!-- en -->", "<!-- fr -->");
        replace(module.resolve("quiz.en.gift"), "::norms-1::", "::norms-one::");
        Path other = course.resolve("modules/04-cooperation/quiz.zh.gift");
        Files.writeString(other, Files.readString(other) + "\n::cooperation-broken:: 未闭合 {=甲 ~乙\n");
        replace(course.resolve("course.yaml"), "draw: 24", "draw: 900");

        ContentException refused = assertThrows(ContentException.class, () -> CourseReader.read(course));
        List<String> problems = refused.getProblems().stream().map(ContentProblem::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.matches("modules/05-norms/" + lesson + ":\\d+: no explanation in en.*")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.matches("modules/05-norms/quiz\\.en\\.gift:\\d+: question 1 should be norms-1.*")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.matches("modules/04-cooperation/quiz\\.zh\\.gift:\\d+: '\\{' is never closed.*")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("course.yaml:") && p.contains("draws 900")), problems::toString);
    }

    @Test
    void aLanguageDeclaredButIncompleteIsNamedWithFileLineAndTheDeclaration() throws IOException {
        Path course = copyOfTheCourse();
        Path module = course.resolve("modules/05-norms");
        String lesson = "02-the-charter-sovereignty-and-human-rights.md";
        String text = Files.readString(module.resolve(lesson));
        int es = text.indexOf("<!-- es -->");
        int next = text.indexOf("<!-- ", es + 5);
        Files.writeString(module.resolve(lesson), text.substring(0, es) + text.substring(next));
        Files.delete(module.resolve("quiz.ru.gift"));

        List<String> problems = assertThrows(ContentException.class, () -> CourseReader.read(course)).getProblems()
                .stream().map(ContentProblem::toString).toList();
        int declared = Files.readAllLines(course.resolve("course.yaml")).indexOf("languages: [zh, en, ar, es, fr, ru]") + 1;
        assertTrue(declared > 0);
        String because = "course.yaml lists %s among the course's languages (line " + declared + ")";
        int last = Files.readString(module.resolve(lesson)).split("\n", -1).length;
        assertTrue(problems.contains("modules/05-norms/" + lesson + ":" + last + ": no explanation in es, yet "
                + because.formatted("es") + ": add a section <!-- es -->"), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("modules/05-norms/quiz.ru.gift")
                && p.contains("the module's question bank in ru is missing, yet " + because.formatted("ru"))), problems::toString);
    }

    @Test
    void aParagraphQuotedTwiceOrNotAtAllIsRefused() throws IOException {
        Path course = copyOfTheCourse();
        replace(course.resolve("modules/08-conclusions/01-an-iterative-process.md"), "covers: [\"34\"]", "covers: [\"33\"]");
        List<String> problems = assertThrows(ContentException.class, () -> CourseReader.read(course)).getProblems()
                .stream().map(ContentProblem::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains("section 34 of the report must be quoted by exactly one lesson")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("section 33 of the report must be quoted by exactly one lesson")), problems::toString);
    }

    @Test
    void aCitationOfAParagraphThatDoesNotExistIsRefused() throws IOException {
        Path course = copyOfTheCourse();
        Path quiz = course.resolve("modules/02-introduction/quiz.zh.gift");
        String text = Files.readString(quiz);
        Files.writeString(quiz, text.replaceFirst("// cites: [^\\n]*", "// cites: 99"));
        List<String> problems = assertThrows(ContentException.class, () -> CourseReader.read(course)).getProblems()
                .stream().map(ContentProblem::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains("cites 99, which is not a section of the report")), problems::toString);
    }

    @Test
    void theCompletionRuleIsReadAndARuleThatRequiresNothingIsRefused() throws Exception {
        Path course = copyOfTheCourse();
        CourseDefinition read = CourseReader.read(course);
        assertTrue(read.completion().lessons() && read.completion().finalAssessment(), "lessons and the final assessment");

        replace(course.resolve("course.yaml"), "lessons: required", "lessons: none");
        assertFalse(CourseReader.read(course).completion().lessons());
        replace(course.resolve("course.yaml"), "finalAssessment: required", "finalAssessment: none");
        List<String> problems = assertThrows(ContentException.class, () -> CourseReader.read(course)).getProblems()
                .stream().map(ContentProblem::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("course.yaml:") && p.contains("must require")), problems::toString);
        replace(course.resolve("course.yaml"), "lessons: none", "lessons: some");
        problems = assertThrows(ContentException.class, () -> CourseReader.read(course)).getProblems()
                .stream().map(ContentProblem::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains("must be required or none")), problems::toString);
    }

    @Test
    void aLessonMarkedOptionalDoesNotCountTowardCompletion() throws Exception {
        Path course = copyOfTheCourse();
        Path lesson = course.resolve("modules/08-conclusions/01-an-iterative-process.md");
        replace(lesson, "covers:", "optional: true\ncovers:");
        assertTrue(CourseReader.read(course).modules().stream().flatMap(m -> m.lessons().stream())
                .filter(CourseDefinition.LessonDefinition::optional).count() == 1);
    }

    @Test
    void theGlossaryIsCheckedWithFileAndLine() throws IOException {
        Path course = copyOfTheCourse();
        Path glossary = course.resolve("glossary.yaml");
        String text = Files.readString(glossary);
        int second = text.indexOf("  - id: ", text.indexOf("  - id: ") + 1);
        String secondId = text.substring(second + 8, text.indexOf('\n', second));
        Files.writeString(glossary, text.replace("  - id: " + secondId + "\n", "  - id: ict\n")
                .replaceFirst("\n      en: ICT \\(information and communications technologies\\)", ""));
        List<String> problems = assertThrows(ContentException.class, () -> CourseReader.read(course)).getProblems()
                .stream().map(ContentProblem::toString).toList();
        int line = (int) text.substring(0, second).lines().count();   // the second term's line, one line having gone above it
        assertTrue(problems.contains("glossary.yaml:" + line + ": the glossary has two terms with the id ict"), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.matches("glossary\\.yaml:\\d+: 'term' has no en text")), problems::toString);
    }

    @Test
    void aCourseWithoutAGlossaryHasNone() throws Exception {
        Path course = copyOfTheCourse();
        Files.delete(course.resolve("glossary.yaml"));
        assertTrue(CourseReader.read(course).glossary().isEmpty());
    }
}
