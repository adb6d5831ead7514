package org.capacityacademy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages under {@code author/} mirror their beans across authoring's rooms: each room's
 * package-info names its pages and their beans; each page named is there and uses those beans,
 * each bean is in that room's boundary, and every page under {@code author/} is named by a room.
 */
class AuthorPagesTest {

    private static final Path AUTHORING = Path.of("src/main/java/org/capacityacademy/authoring");
    private static final Path PAGES = Path.of("src/main/webapp");
    /** "{@code author/lesson.xhtml} ({@code EditLesson})" or with several beans: "({@code CourseSettings}, {@code EditCourse})". */
    private static final Pattern PAGE = Pattern.compile("\\{@code (author/[a-z-]+\\.xhtml)}\\s*\\(((?:\\{@code [A-Za-z]+},?\\s*)+)\\)");
    private static final Pattern BEAN = Pattern.compile("\\{@code ([A-Za-z]+)}");

    @Test
    void everyAuthorPageIsNamedByTheRoomWhoseBeansItUses() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> rooms = Files.list(AUTHORING)) {
            for (Path room : rooms.filter(Files::isDirectory).toList()) {
                String info = Files.readString(room.resolve("package-info.java")).replaceAll("\\n \\* ?", " ");
                Matcher page = PAGE.matcher(info);
                while (page.find()) {
                    Path file = PAGES.resolve(page.group(1));
                    assertTrue(Files.exists(file), room + " names " + file);
                    named.add(page.group(1));
                    String text = Files.readString(file);
                    Matcher bean = BEAN.matcher(page.group(2));
                    while (bean.find()) {
                        String name = bean.group(1);
                        assertTrue(Files.exists(room.resolve("boundary/" + name + ".java")), name + " is in " + room + "/boundary");
                        String el = Character.toLowerCase(name.charAt(0)) + name.substring(1);
                        assertTrue(text.contains("#{" + el + "."), file + " uses " + el);
                    }
                }
            }
        }
        try (Stream<Path> pages = Files.list(PAGES.resolve("author"))) {
            assertEquals(pages.map(p -> "author/" + p.getFileName()).collect(java.util.stream.Collectors.toCollection(TreeSet::new)),
                    named, "every page under author/ is named by a room");
        }
    }
}
