package org.capacityacademy.authoring.control;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the question-bank pages need to know of a course's draft files, read leniently: a
 * draft under edit may be incomplete, and {@link org.capacityacademy.courseformat.CourseReader}
 * judges it whole only when it is checked for publishing.
 */
public final class CourseDraft {

    private static final Pattern MODULE = Pattern.compile("modules/[^/]+/");
    private static final Pattern SECTION = Pattern.compile("(?m)^## +(\\S+)\\s*$");
    private static final Pattern TITLE = Pattern.compile("(?m)^\\s*::((?:\\\\.|[^:\\\\]|:(?!:))*)::");

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
        return yaml("course.yaml").get("languages") instanceof List<?> list
                ? list.stream().map(String::valueOf).toList() : List.of();
    }

    /** Whether the folder (e.g. {@code modules/01-x/}) is a module of the draft. */
    public boolean hasModule(String folder) {
        return folder != null && MODULE.matcher(folder).matches() && files.containsKey(folder + "module.yaml");
    }

    /** The module's id as its module.yaml states it. */
    public String moduleCode(String folder) {
        Object id = yaml(folder + "module.yaml").get("id");
        return id == null ? folder.replaceAll("^modules/(\\d+-)?|/$", "") : String.valueOf(id);
    }

    /** The module's title in a language, or in the course's first language, or its id. */
    public String moduleTitle(String folder, String language) {
        if (yaml(folder + "module.yaml").get("title") instanceof Map<?, ?> titles) {
            Object title = titles.get(language);
            if (title == null && !languages().isEmpty()) {
                title = titles.get(languages().get(0));
            }
            if (title != null) {
                return String.valueOf(title);
            }
        }
        return moduleCode(folder);
    }

    /** The module's quiz setting (e.g. {@code shuffle}), or the fallback when it is not stated. */
    public Object quizSetting(String folder, String key, Object fallback) {
        if (yaml(folder + "module.yaml").get("quiz") instanceof Map<?, ?> quiz && quiz.get(key) != null) {
            return quiz.get(key);
        }
        return fallback;
    }

    /** The ids of the report's sections (paragraph numbers and named parts), in every language's files. */
    public Set<String> sections() {
        Set<String> ids = new LinkedHashSet<>();
        files.forEach((path, text) -> {
            if (path.startsWith("report/") && path.endsWith(".md")) {
                Matcher section = SECTION.matcher(text);
                while (section.find()) {
                    ids.add(section.group(1));
                }
            }
        });
        return ids;
    }

    /** The ids of every question in the course's banks other than the given module's, in any language. */
    public Set<String> questionIdsOutside(String folder) {
        Set<String> ids = new LinkedHashSet<>();
        files.forEach((path, text) -> {
            if (path.startsWith("modules/") && path.endsWith(".gift") && !path.startsWith(folder)) {
                Matcher title = TITLE.matcher(text);
                while (title.find()) {
                    ids.add(title.group(1).replaceAll("\\\\(.)", "$1").strip());
                }
            }
        });
        return ids;
    }

    /** The bank file of a module in a language. */
    public static String bankPath(String folder, String language) {
        return folder + "quiz." + language + ".gift";
    }

    private Map<?, ?> yaml(String path) {
        String text = files.get(path);
        if (text == null) {
            return Map.of();
        }
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(text) instanceof Map<?, ?> map ? map : Map.of();
        } catch (YAMLException e) {
            return Map.of();
        }
    }
}
