package org.capacityacademy.courseformat;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every field the reader takes is declared by its file's kind, and documented in the table of that
 * file's section of {@code courses/README.md}: what an author reads there is what the platform reads.
 */
class CourseFieldsDocumentedTest {

    private static final Map<String, List<String>> DECLARED = Map.of(
            CourseYamlFile.FILE, CourseYamlFile.FIELDS, ModuleYamlFile.FILE, ModuleYamlFile.FIELDS,
            GlossaryFile.FILE, GlossaryFile.FIELDS, "lesson", LessonFile.FIELDS);
    private static final Map<String, String> SECTIONS = Map.of(
            CourseYamlFile.FILE, "## course.yaml", ModuleYamlFile.FILE, "## module.yaml",
            GlossaryFile.FILE, "## glossary.yaml", "lesson", "## Lessons");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    @Test
    void everyFieldTheReaderLooksAtIsDeclared() throws IOException {
        for (Path course : CourseSourceTest.courses()) {
            Map<String, Set<String>> read = CourseReader.fieldsRead(CourseSource.of(CourseFiles.folder(course).all()));
            assertEquals(DECLARED.keySet(), read.keySet(), "every kind of file is read");
            read.forEach((kind, fields) -> fields.stream().filter(field -> !field.isEmpty()).forEach(field ->
                    assertTrue(DECLARED.get(kind).stream().anyMatch(declared -> declared.equals(field)
                            || declared.startsWith(field + ".")), () -> kind + ": the reader takes " + field
                            + ", which is not in its FIELDS")));
        }
    }

    @Test
    void everyDeclaredFieldIsDocumentedInItsFilesSection() throws IOException {
        Map<String, String> sections = sections(Files.readString(Path.of("courses/README.md")));
        DECLARED.forEach((kind, fields) -> {
            String heading = sections.keySet().stream().filter(h -> h.startsWith(SECTIONS.get(kind))).findFirst()
                    .orElseThrow(() -> new AssertionError("courses/README.md has no section " + SECTIONS.get(kind)));
            Set<String> documented = documented(sections.get(heading));
            fields.forEach(field -> assertTrue(documented.contains(field),
                    () -> field + " of " + kind + " is not in the table of '" + heading + "': " + documented));
        });
    }

    /** The README's sections by heading ({@code ## } lines outside code blocks). */
    private static Map<String, String> sections(String readme) {
        Map<String, String> sections = new LinkedHashMap<>();
        String heading = "";
        StringBuilder text = new StringBuilder();
        boolean code = false;
        for (String line : readme.split("\n")) {
            if (line.startsWith("```")) {
                code = !code;
            }
            if (!code && line.startsWith("## ")) {
                sections.put(heading, text.toString());
                heading = line;
                text.setLength(0);
            } else {
                text.append(line).append('\n');
            }
        }
        sections.put(heading, text.toString());
        return sections;
    }

    /** The fields named in the first column of a section's table: {@code `a.b`}, and {@code `.c`} for a field beside the last. */
    private static Set<String> documented(String section) {
        Set<String> fields = new TreeSet<>();
        for (String line : section.split("\n")) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String cell = line.substring(1, line.indexOf('|', 1));
            List<String> names = new ArrayList<>();
            Matcher name = CODE.matcher(cell);
            while (name.find()) {
                String field = name.group(1);
                if (field.startsWith(".") && !names.isEmpty()) {
                    String last = names.get(names.size() - 1);
                    field = last.substring(0, last.lastIndexOf('.')) + field;
                }
                names.add(field);
            }
            fields.addAll(names);
        }
        return fields;
    }
}
