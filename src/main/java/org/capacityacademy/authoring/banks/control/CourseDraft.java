package org.capacityacademy.authoring.banks.control;

import org.capacityacademy.courseformat.CourseYamlFile;
import org.capacityacademy.courseformat.ModuleYamlFile;
import org.capacityacademy.courseformat.QuizFields;
import org.capacityacademy.courseformat.ReportFile;
import org.capacityacademy.courseformat.gift.GiftFile;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What the question-bank pages need to know of a course's draft files, read leniently: a
 * draft under edit may be incomplete, and {@link org.capacityacademy.courseformat.CourseReader}
 * judges it whole only when it is checked for publishing.
 */
public final class CourseDraft {

    private static final Pattern MODULE = Pattern.compile("modules/[^/]+/");

    private final Map<String, String> files;

    public CourseDraft(Map<String, String> files) {
        this.files = new TreeMap<>(files);
    }

    /** A file's text, or null when the draft has no such file. */
    public String file(String path) {
        return files.get(path);
    }

    /** The course's languages as course.yaml lists them, the reference language first. */
    public List<String> languages() {
        return CourseYamlFile.of(files.getOrDefault(CourseYamlFile.FILE, "")).languages();
    }

    /** Whether the folder (e.g. {@code modules/01-x/}) is a module of the draft. */
    public boolean hasModule(String folder) {
        return folder != null && MODULE.matcher(folder).matches() && files.containsKey(folder + ModuleYamlFile.FILE);
    }

    /** The module's id as its module.yaml states it. */
    public String moduleCode(String folder) {
        String id = module(folder).id();
        return id.isEmpty() ? folder.replaceAll("^modules/(\\d+-)?|/$", "") : id;
    }

    /** The module's title in a language, or in the course's first language, or its id. */
    public String moduleTitle(String folder, String language) {
        Map<String, String> titles = module(folder).title();
        String title = titles.get(language);
        if (title == null && !languages().isEmpty()) {
            title = titles.get(languages().get(0));
        }
        return title != null ? title : moduleCode(folder);
    }

    /** The module's quiz settings, the format's defaults for what it does not state. */
    public QuizFields quiz(String folder) {
        return module(folder).quiz();
    }

    /** The ids of the report's sections (paragraph numbers and named parts), in every language's files. */
    public Set<String> sections() {
        Set<String> ids = new LinkedHashSet<>();
        files.forEach((path, text) -> {
            if (!ReportFile.languageOf(path).isEmpty()) {
                new ReportFile(path, text).sections().forEach(section -> ids.add(section.id()));
            }
        });
        return ids;
    }

    /** The ids of every question in the course's banks other than the given module's, in any language. */
    public Set<String> questionIdsOutside(String folder) {
        Set<String> ids = new LinkedHashSet<>();
        files.forEach((path, text) -> {
            if (path.startsWith("modules/") && path.endsWith(".gift") && !path.startsWith(folder)) {
                ids.addAll(new GiftFile(path, text).ids());
            }
        });
        return ids;
    }

    /** The bank file of a module in a language. */
    public static String bankPath(String folder, String language) {
        return GiftFile.path(folder, language);
    }

    private ModuleYamlFile module(String folder) {
        return ModuleYamlFile.of(files.getOrDefault(folder + ModuleYamlFile.FILE, ""));
    }
}
