package org.capacityacademy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dependencies between feature packages (authoring's rooms counted each on its own) go one
 * way, and each package-info lists those of its package, so that the list a reader trusts is the
 * one the code has. The course format depends on no feature and on nothing of Jakarta EE.
 */
class PackageDependenciesTest {

    private static final Path MAIN = Path.of("src/main/java/org/capacityacademy");
    private static final Pattern REFERENCE = Pattern.compile("org\\.capacityacademy\\.([a-z0-9_.]+)\\.[A-Z]");
    private static final Pattern LISTED = Pattern.compile("Depends on: ([^.]*(?:\\.[a-z][^.]*)*)\\.");
    private static final Set<String> LAYERS = Set.of("boundary", "control", "entity");

    /** The feature a package belongs to: its first name, and for authoring its room too. */
    private static String feature(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts[0].equals("authoring") && parts.length > 1 && !LAYERS.contains(parts[1]) ? "authoring." + parts[1] : parts[0];
    }

    private static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> dependencies = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String own = feature(MAIN.relativize(file.getParent()).toString().replace('/', '.'));
                String code = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
                Set<String> used = dependencies.computeIfAbsent(own, k -> new TreeSet<>());
                Matcher reference = REFERENCE.matcher(code);
                while (reference.find()) {
                    String other = feature(reference.group(1));
                    if (!other.equals(own)) {
                        used.add(other);
                    }
                }
            }
        }
        return dependencies;
    }

    @Test
    void noTwoFeaturesDependOnEachOther() throws IOException {
        Map<String, Set<String>> dependencies = dependencies();
        List<String> both = new ArrayList<>();
        dependencies.forEach((feature, used) -> used.forEach(other -> {
            if (feature.compareTo(other) < 0 && dependencies.getOrDefault(other, Set.of()).contains(feature)) {
                both.add(feature + " <-> " + other);
            }
        }));
        assertEquals(List.of(), both);
    }

    @Test
    void eachPackageInfoListsWhatItsPackageDependsOn() throws IOException {
        for (Map.Entry<String, Set<String>> feature : dependencies().entrySet()) {
            Path info = MAIN.resolve(feature.getKey().replace('.', '/')).resolve("package-info.java");
            assertTrue(Files.exists(info), info + " describes the package");
            Matcher listed = LISTED.matcher(Files.readString(info).replaceAll("\\n \\* ?", " "));
            assertTrue(listed.find(), info + " says what the package depends on");
            Set<String> said = new TreeSet<>();
            for (String name : listed.group(1).split(",")) {
                if (!name.isBlank() && !name.strip().equals("nothing")) {
                    said.add(name.strip());
                }
            }
            assertEquals(feature.getValue(), said, info.toString());
        }
    }

    @Test
    void theCourseFormatStandsAlone() throws IOException {
        assertEquals(Set.of(), dependencies().get("courseformat"));
        try (Stream<Path> files = Files.walk(MAIN.resolve("courseformat"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                assertTrue(!Files.readString(file).contains("import jakarta."), file + " uses no JPA, CDI or Faces");
            }
        }
    }
}
