package org.capacityacademy.courseformat;

import org.capacityacademy.courseformat.CourseDefinition.GlossaryTerm;
import org.capacityacademy.courseformat.CourseDefinition.LessonDefinition;
import org.capacityacademy.courseformat.CourseDefinition.ModuleDefinition;
import org.capacityacademy.courseformat.CourseDefinition.ReportSection;
import org.capacityacademy.courseformat.gift.QuestionType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped course against the report it teaches: every paragraph, word for word, exactly once. */
class CourseContentTest {

    static final Path COURSE = Path.of("courses/gge-2013");
    /** How each language cites a paragraph or an unnumbered part of the report, as UN documents do. */
    private static final Map<String, String> CITATIONS = Map.of(
            "zh", "第|摘要|前言|送文函|附件",
            "en", "para|summary|foreword|letter|annex",
            "fr", "par\\.|paragraphe|résumé|avant-propos|lettre|annexe",
            "es", "párr\\.|párrafo|resumen|prólogo|carta|anexo",
            "ru", "п\\.|пункт|резюме|предислови|письм|приложени",
            "ar", "الفقرة|الفقرتان|الفقرتين|الفقرات|موجز|الموجز|تصدير|التصدير|رسالة|المرفق");
    private static CourseDefinition course;

    @BeforeAll
    static void read() throws ContentException {
        course = CourseReader.read(COURSE);
    }

    /** Paragraphs 1-34 of the source, with sub-items, the two page-break continuations joined. */
    static Map<String, String> numberedParagraphsOfTheSource() throws IOException {
        List<String> lines = Files.readAllLines(COURSE.resolve("source/A-68-98.zh.txt"));
        Map<String, List<String>> paragraphs = new LinkedHashMap<>();
        Pattern numbered = Pattern.compile("^(\\d{1,2})\\. (.*)$");
        String current = null;
        for (String raw : lines.subList(lines.indexOf("一. 引言"), lines.indexOf("附件"))) {
            String line = raw.strip();
            Matcher start = numbered.matcher(line);
            if (line.isEmpty()) {
                continue;
            }
            if (start.matches()) {
                current = start.group(1);
                paragraphs.put(current, new ArrayList<>(List.of(start.group(2))));
            } else if (current != null && line.matches("^\\([a-f]\\) .*")) {
                paragraphs.get(current).add(line);
            } else if (current != null && (line.startsWith("进一步增加错怪人的风险") || line.startsWith("切，也能够成为"))) {
                List<String> blocks = paragraphs.get(current);
                blocks.set(blocks.size() - 1, blocks.get(blocks.size() - 1) + line);
            } else {
                current = null;
            }
        }
        return paragraphs.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> String.join("\n\n", e.getValue()), (a, b) -> a, LinkedHashMap::new));
    }

    @Test
    void everyNumberedParagraphIsQuotedWordForWordByExactlyOneLesson() throws IOException {
        Map<String, String> source = numberedParagraphsOfTheSource();
        assertEquals(34, source.size());
        Map<String, String> quoted = course.report().stream()
                .collect(Collectors.toMap(ReportSection::id, s -> s.text().get("zh")));
        for (int number = 1; number <= 34; number++) {
            String id = String.valueOf(number);
            assertEquals(source.get(id), quoted.get(id), "paragraph " + id);
            List<String> lessons = course.modules().stream().flatMap(m -> m.lessons().stream())
                    .filter(l -> l.covers().contains(id)).map(LessonDefinition::code).toList();
            assertEquals(1, lessons.size(), "paragraph " + id + " is quoted by " + lessons);
        }
        assertTrue(source.get("26").contains("推切，也能够成为") || source.get("26").contains("切，也能够成为"));
        assertEquals(7, source.get("26").split("\n\n").length, "26 and its sub-items (a)-(f)");
        assertEquals(6, source.get("32").split("\n\n").length, "32 and its sub-items (a)-(e)");
    }

    @Test
    void theUnnumberedPartsAreQuotedAsPublished() throws IOException {
        String source = Files.readString(COURSE.resolve("source/A-68-98.zh.txt"));
        for (ReportSection section : course.report()) {
            if (section.id().matches("\\d+")) {
                continue;
            }
            for (String block : section.text().get("zh").split("\n\n")) {
                assertTrue(source.contains(block), () -> section.id() + ": not in the source: " + block);
            }
        }
    }

    @Test
    void everyLearnerFacingTextIsInEveryLanguageOfTheCourse() {
        List<String> languages = course.languages();
        assertEquals(List.of("zh", "en", "ar", "es", "fr", "ru"), languages, "the course is offered in the six UN languages");
        assertTrue(course.title().keySet().containsAll(languages) && course.summary().keySet().containsAll(languages));
        assertEquals(Set.copyOf(languages), course.finalAssessment().title().keySet());
        for (ReportSection section : course.report()) {
            assertEquals(Set.copyOf(languages), section.text().keySet(), section.id());
            String shape = subItemsOf(section.text().get("zh"));
            section.text().forEach((language, text) -> {
                assertTrue(!text.isBlank(), section.id() + " in " + language);
                assertEquals(shape, subItemsOf(text), "paragraph " + section.id() + " in " + language
                        + " has the blocks and sub-items of the Chinese text");
            });
        }
        for (ModuleDefinition module : course.modules()) {
            assertEquals(Set.copyOf(languages), module.title().keySet(), module.code());
            assertEquals(Set.copyOf(languages), module.summary().keySet(), module.code());
            for (LessonDefinition lesson : module.lessons()) {
                assertEquals(Set.copyOf(languages), lesson.title().keySet(), lesson.code());
                assertEquals(Set.copyOf(languages), lesson.bodyHtml().keySet(), lesson.code());
                assertEquals(Set.copyOf(languages), lesson.objectives().keySet(), lesson.code());
                int objectives = lesson.objectives().get("zh").size();
                lesson.objectives().forEach((language, list) -> assertEquals(objectives, list.size(),
                        lesson.code() + ": objectives in " + language));
                lesson.terms().forEach(t -> {
                    assertEquals(Set.copyOf(languages), t.term().keySet(), lesson.code());
                    assertEquals(Set.copyOf(languages), t.explanation().keySet(), lesson.code());
                });
            }
            module.questions().forEach(q -> assertEquals(Set.copyOf(languages), q.text().keySet(), q.code()));
        }
    }

    /** Sub-item letters: "(a) " as in the Chinese and English texts, "a) " as UN French, Spanish and Russian texts write them, "(أ) " in Arabic. */
    private static final List<String> ARABIC_LETTERS = List.of("أ", "ب", "ج", "د", "هـ", "و");
    private static final Pattern SUB_ITEM = Pattern.compile("^\\(?([a-f]|أ|ب|ج|د|هـ|و)\\) ");

    /** The shape of a paragraph: its blocks, each marked by its sub-item's position when it is one. */
    private static String subItemsOf(String text) {
        return Arrays.stream(text.split("\n\n")).map(block -> {
            Matcher item = SUB_ITEM.matcher(block);
            if (!item.find()) {
                return "text";
            }
            int arabic = ARABIC_LETTERS.indexOf(item.group(1));
            return "(" + (char) ('a' + (arabic >= 0 ? arabic : item.group(1).charAt(0) - 'a')) + ")";
        }).collect(Collectors.joining(" "));
    }

    @Test
    void everyKeyTermOfALessonIsInTheGlossaryWithItsRenderingInEveryLanguage() {
        List<GlossaryTerm> glossary = course.glossary();
        assertTrue(glossary.size() >= 20, "the glossary has " + glossary.size() + " terms");
        for (GlossaryTerm entry : glossary) {
            assertEquals(Set.copyOf(course.languages()), entry.term().keySet(), "glossary " + entry.id());
            assertEquals(Set.copyOf(course.languages()), entry.explanation().keySet(), "glossary " + entry.id());
        }
        for (ModuleDefinition module : course.modules()) {
            for (LessonDefinition lesson : module.lessons()) {
                for (var term : lesson.terms()) {
                    GlossaryTerm rendering = glossary.stream().filter(t -> term.term().get("en").equals(t.term().get("en")))
                            .findFirst().orElseThrow(() -> new AssertionError(lesson.code() + ": key term '"
                                    + term.term().get("en") + "' is not in glossary.yaml"));
                    term.term().forEach((language, text) -> assertEquals(rendering.term().get(language), text,
                            lesson.code() + ": key term '" + term.term().get("en") + "' in " + language
                                    + " differs from the glossary"));
                }
            }
        }
    }

    @Test
    void eachModuleEndsWithAMixedQuizThatCitesTheReport() {
        assertEquals(List.of("orientation", "introduction", "threats", "cooperation", "norms", "confidence-building",
                "capacity-building", "conclusions"), course.modules().stream().map(ModuleDefinition::code).toList());
        for (ModuleDefinition module : course.modules()) {
            assertTrue(module.questions().size() >= 8, module.code() + " has " + module.questions().size() + " questions");
            EnumSet<QuestionType> types = EnumSet.noneOf(QuestionType.class);
            module.questions().forEach(q -> types.add(q.type()));
            assertEquals(EnumSet.allOf(QuestionType.class), types, module.code());
            module.questions().forEach(q -> assertTrue(!q.cites().isEmpty(), q.code()));
            module.questions().forEach(q -> q.text().forEach((language, gift) -> assertTrue(gift.generalFeedback() != null
                    && gift.generalFeedback().matches("(?s).*(" + CITATIONS.get(language) + ").*"),
                    () -> q.code() + ": the feedback in " + language + " should cite the paragraph")));
        }
        assertTrue(course.finalAssessment().quiz().draw() >= 20);
        assertEquals(70, course.finalAssessment().quiz().passMark());
        assertTrue(course.questionCount() >= course.finalAssessment().quiz().draw());
    }

    @Test
    void lessonHtmlCannotCarryMarkupFromTheFiles() {
        course.modules().stream().flatMap(m -> m.lessons().stream()).flatMap(l -> l.bodyHtml().values().stream())
                .forEach(html -> assertTrue(!html.contains("<script") && !html.contains("javascript:")));
    }
}
