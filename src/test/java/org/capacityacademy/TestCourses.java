package org.capacityacademy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the shipped course under other ids, so that a test changes only its own course. */
public final class TestCourses {

    private TestCourses() {
    }

    /** The folder of the courses the tests import (the shipped ones). */
    public static Path coursesDir() {
        return Path.of(System.getenv().getOrDefault("COURSES_DIR", "courses"));
    }

    /**
     * A small course of the tests' own, in {@code src/test/resources/courses/<name>} (beside the
     * shipped courses' folder, which the server is told through {@code COURSES_DIR}).
     */
    public static Path testCourse(String name) {
        return coursesDir().toAbsolutePath().resolveSibling(Path.of("src", "test", "resources", "courses", name));
    }

    /** A copy of {@code courses/gge-2013} whose course.yaml says {@code id: <code>}. */
    public static Path copyOfTheCourse(String code) throws IOException {
        Path source = coursesDir().resolve("gge-2013");
        Path copy = Files.createTempDirectory("course").resolve(code);
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
        Path yaml = copy.resolve("course.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("id: gge-2013", "id: " + code));
        return copy;
    }

    /** The files of {@code courses/gge-2013} by path, with course.yaml saying {@code id: <code>}: a draft to start. */
    public static java.util.Map<String, String> filesOfTheCourse(String code) {
        java.util.Map<String, String> files = new java.util.TreeMap<>(
                org.capacityacademy.courseformat.CourseFiles.folder(coursesDir().resolve("gge-2013")).all());
        files.put("course.yaml", files.get("course.yaml").replace("id: gge-2013", "id: " + code));
        return files;
    }
}
