package org.capacityacademy.courseformat;

import org.capacityacademy.courseformat.gift.GiftFile;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A course's files as the format reads them, each by its kind: {@code course.yaml}, the glossary,
 * the report's text, and per module its {@code module.yaml}, lessons and question banks; any other
 * file (such as {@code source/}) as it is. Immutable, and written back byte for byte:
 * {@link #files()} of a course read from files is those files. Reading never fails: what the
 * files say wrongly is for {@link CourseReader} to name.
 *
 * @param course   null when the files have no course.yaml
 * @param glossary null when the course has no glossary.yaml
 */
public record CourseSource(CourseYamlFile course, GlossaryFile glossary, List<ReportFile> report, List<Module> modules,
                           Map<String, String> otherFiles) implements Serializable {

    public static final String MODULES = "modules/";
    private static final Pattern BANK = Pattern.compile("quiz\\.([^./]+)\\.gift");

    /**
     * One module folder ({@code modules/05-norms/}): its module.yaml (null when missing), its lessons
     * in file-name order, its banks by language, and any other file in it.
     */
    public record Module(String folder, ModuleYamlFile module, List<LessonFile> lessons, Map<String, GiftFile> banks,
                         Map<String, String> otherFiles) implements Serializable {

        public Module {
            lessons = List.copyOf(lessons);
            banks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(banks));
            otherFiles = java.util.Collections.unmodifiableMap(new TreeMap<>(otherFiles));
        }
    }

    public CourseSource {
        report = List.copyOf(report);
        modules = List.copyOf(modules);
        otherFiles = java.util.Collections.unmodifiableMap(new TreeMap<>(otherFiles));
    }

    public static CourseSource of(CourseFiles files) {
        return of(files.all());
    }

    /** A course from its files by path ({@code course.yaml}, {@code modules/01-x/module.yaml}, ...). */
    public static CourseSource of(Map<String, String> files) {
        Map<String, String> sorted = new TreeMap<>();
        files.forEach((path, text) -> sorted.put(path, CourseFiles.normalise(text)));
        CourseYamlFile course = null;
        GlossaryFile glossary = null;
        List<ReportFile> report = new ArrayList<>();
        Map<String, Map<String, String>> moduleFiles = new TreeMap<>();
        Map<String, String> other = new TreeMap<>();
        for (Map.Entry<String, String> file : sorted.entrySet()) {
            String path = file.getKey();
            int slash = path.startsWith(MODULES) ? path.indexOf('/', MODULES.length()) : -1;
            if (path.equals(CourseYamlFile.FILE)) {
                course = CourseYamlFile.of(file.getValue());
            } else if (path.equals(GlossaryFile.FILE)) {
                glossary = GlossaryFile.of(file.getValue());
            } else if (!ReportFile.languageOf(path).isEmpty()) {
                report.add(new ReportFile(path, file.getValue()));
            } else if (slash > 0) {
                moduleFiles.computeIfAbsent(path.substring(0, slash + 1), f -> new TreeMap<>()).put(path, file.getValue());
            } else {
                other.put(path, file.getValue());
            }
        }
        List<Module> modules = new ArrayList<>();
        moduleFiles.forEach((folder, inFolder) -> modules.add(module(folder, inFolder)));
        return new CourseSource(course, glossary, report, modules, other);
    }

    private static Module module(String folder, Map<String, String> files) {
        ModuleYamlFile module = null;
        List<LessonFile> lessons = new ArrayList<>();
        Map<String, GiftFile> banks = new LinkedHashMap<>();
        Map<String, String> other = new TreeMap<>();
        files.forEach((path, text) -> {
            String name = path.substring(folder.length());
            Matcher bank = BANK.matcher(name);
            if (name.equals(ModuleYamlFile.FILE)) {
                return;
            }
            if (name.indexOf('/') < 0 && name.endsWith(".md")) {
                lessons.add(new LessonFile(path, text));
            } else if (bank.matches()) {
                banks.put(bank.group(1), new GiftFile(path, text));
            } else {
                other.put(path, text);
            }
        });
        if (files.containsKey(folder + ModuleYamlFile.FILE)) {
            module = ModuleYamlFile.of(files.get(folder + ModuleYamlFile.FILE));
        }
        return new Module(folder, module, lessons, banks, other);
    }

    /** The files, by path: for a course read from files, exactly those files. */
    public Map<String, String> files() {
        Map<String, String> files = new TreeMap<>(otherFiles);
        if (course != null) {
            files.put(CourseYamlFile.FILE, course.text());
        }
        if (glossary != null) {
            files.put(GlossaryFile.FILE, glossary.text());
        }
        report.forEach(file -> files.put(file.path(), file.text()));
        for (Module module : modules) {
            if (module.module() != null) {
                files.put(module.folder() + ModuleYamlFile.FILE, module.module().text());
            }
            module.lessons().forEach(lesson -> files.put(lesson.path(), lesson.text()));
            module.banks().values().forEach(bank -> files.put(bank.path(), bank.text()));
            files.putAll(module.otherFiles());
        }
        return files;
    }

    /** The report files of a language, in name order. */
    public List<ReportFile> report(String language) {
        return report.stream().filter(file -> file.language().equals(language)).toList();
    }
}
