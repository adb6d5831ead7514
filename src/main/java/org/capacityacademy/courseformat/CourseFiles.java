package org.capacityacademy.courseformat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The files of one course, by path relative to the course's folder ({@code course.yaml},
 * {@code modules/01-x/module.yaml}, always with {@code /}): a folder on disk, or the copy
 * kept in the database while instructors edit it. Only text files; names sorted as the
 * format orders them.
 */
public interface CourseFiles {

    /** The file's text with line ends made {@code \n} and a byte-order mark removed; null when there is none. */
    String read(String path);

    /** The files directly in a folder (paths ending with {@code /} name the folder), sorted by name. */
    List<String> files(String folder);

    /** The folders directly in a folder, sorted by name, each as a path ending with {@code /}. */
    List<String> folders(String folder);

    /** Every file, by path, with its text. */
    Map<String, String> all();

    static String normalise(String text) {
        return text.replace("\r\n", "\n").replace("\uFEFF", "");
    }

    /** A course folder on disk. */
    static CourseFiles folder(Path folder) {
        return new CourseFiles() {
            @Override
            public String read(String path) {
                Path file = folder.resolve(path);
                try {
                    return Files.isRegularFile(file) ? normalise(Files.readString(file, StandardCharsets.UTF_8)) : null;
                } catch (IOException e) {
                    return null;
                }
            }

            @Override
            public List<String> files(String path) {
                return list(path, Files::isRegularFile, "");
            }

            @Override
            public List<String> folders(String path) {
                return list(path, Files::isDirectory, "/");
            }

            private List<String> list(String path, java.util.function.Predicate<Path> filter, String suffix) {
                Path dir = folder.resolve(path);
                if (!Files.isDirectory(dir)) {
                    return List.of();
                }
                try (Stream<Path> children = Files.list(dir)) {
                    return children.filter(filter).map(p -> path + p.getFileName() + suffix).sorted().toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public Map<String, String> all() {
                Map<String, String> files = new TreeMap<>();
                try (Stream<Path> walk = Files.walk(folder)) {
                    walk.filter(Files::isRegularFile).forEach(file -> {
                        String path = folder.relativize(file).toString().replace('\\', '/');
                        if (!path.startsWith(".") && !path.contains("/.")) {
                            files.put(path, read(path));
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return files;
            }
        };
    }

    /** Files held in memory, e.g. a draft read from the database or a zip. */
    static CourseFiles of(Map<String, String> files) {
        Map<String, String> sorted = new TreeMap<>();
        files.forEach((path, text) -> sorted.put(path, normalise(text)));
        return new CourseFiles() {
            @Override
            public String read(String path) {
                return sorted.get(path);
            }

            @Override
            public List<String> files(String folder) {
                List<String> names = new ArrayList<>();
                for (String path : sorted.keySet()) {
                    if (path.startsWith(folder) && path.indexOf('/', folder.length()) < 0) {
                        names.add(path);
                    }
                }
                return names;
            }

            @Override
            public List<String> folders(String folder) {
                TreeSet<String> names = new TreeSet<>();
                for (String path : sorted.keySet()) {
                    int slash = path.startsWith(folder) ? path.indexOf('/', folder.length()) : -1;
                    if (slash > 0) {
                        names.add(path.substring(0, slash + 1));
                    }
                }
                return new ArrayList<>(names);
            }

            @Override
            public Map<String, String> all() {
                return java.util.Collections.unmodifiableMap(sorted);
            }
        };
    }
}
