package org.capacityacademy.authoring.courses.control;

import org.capacityacademy.authoring.drafts.control.EditRefused;
import org.capacityacademy.authoring.drafts.control.UnreadableFile;
import org.capacityacademy.courseformat.LessonFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The modules and lessons of a course's files, and the changes of its structure: adding,
 * renaming, removing and reordering modules and lessons. Order is the files' own: folders
 * and lesson files are numbered ({@code 01-name}), so moving one renames the files whose
 * number changes. Each change works on this outline's copy of the files; {@link #files()}
 * is the result, for the caller to save in one go.
 */
public final class CourseOutline {

    public static final String MODULES = "modules/";
    public static final int MAX_ITEMS = 99;

    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,6})-(.+)");

    private final TreeMap<String, String> files;

    /** A module folder ({@code modules/01-x/}), its id and title, and its lessons in order. */
    public record Module(String folder, String id, Map<String, String> title, List<Lesson> lessons,
                         boolean readable) {

        /** The folder's name without its number, e.g. {@code norms} for {@code modules/05-norms/}. */
        public String name() {
            return unnumbered(folder.substring(MODULES.length(), folder.length() - 1));
        }
    }

    /** A lesson file, its id and title; not readable when its header is broken. */
    public record Lesson(String path, String id, Map<String, String> title, boolean readable) {
    }

    private CourseOutline(Map<String, String> files) {
        this.files = new TreeMap<>(files);
    }

    public static CourseOutline of(Map<String, String> files) {
        return new CourseOutline(files);
    }

    /** The files as they are after the changes made so far. */
    public Map<String, String> files() {
        return new TreeMap<>(files);
    }

    public CourseYaml course() throws UnreadableFile {
        return CourseYaml.parse(files.get(CourseYaml.FILE));
    }

    /** The course's languages, or none when course.yaml cannot be read. */
    public List<String> languages() {
        try {
            return course().getLanguages();
        } catch (UnreadableFile e) {
            return List.of();
        }
    }

    public List<Module> modules() {
        List<Module> modules = new ArrayList<>();
        for (String folder : folders()) {
            List<Lesson> lessons = new ArrayList<>();
            for (String path : lessonPaths(folder)) {
                LessonFile lesson = LessonFile.of(path, files.get(path));
                lessons.add(readable(lesson) ? new Lesson(path, lesson.id(), lesson.title(), true)
                        : new Lesson(path, "", Map.of(), false));
            }
            try {
                ModuleYaml module = ModuleYaml.parse(folder + ModuleYaml.FILE, files.get(folder + ModuleYaml.FILE));
                modules.add(new Module(folder, module.getId(), module.getTitle(), lessons, true));
            } catch (UnreadableFile e) {
                modules.add(new Module(folder, "", Map.of(), lessons, false));
            }
        }
        return modules;
    }

    public Module module(String folder) {
        return modules().stream().filter(m -> m.folder().equals(folder)).findFirst()
                .orElseThrow(() -> new EditRefused("author.course.noSuchModule"));
    }

    public ModuleYaml moduleYaml(String folder) throws UnreadableFile {
        module(folder);
        return ModuleYaml.parse(folder + ModuleYaml.FILE, files.get(folder + ModuleYaml.FILE));
    }

    // ----- the course

    public void saveCourse(CourseYaml course) {
        Checks.texts(Checks.Field.TITLE, course.getTitle(), course.getLanguages());
        Checks.texts(Checks.Field.SUMMARY, course.getSummary(), course.getLanguages());
        Checks.texts(Checks.Field.FINAL_TITLE, course.getFinalAssessment().getTitle(), course.getLanguages());
        Checks.number("author.check.version", course.getVersion(), 1, Checks.MAX_VERSION);
        Checks.quiz(course.getFinalAssessment(), true);
        if (course.getLanguages().isEmpty()) {
            throw new EditRefused("author.check.noLanguage");
        }
        if (!course.getLanguages().contains(course.getDefaultLanguage())) {
            throw new EditRefused("author.check.defaultLanguage");
        }
        String finalId = Checks.id(course.getFinalId());
        if (modules().stream().anyMatch(m -> m.id().equals(finalId))) {
            throw new EditRefused("author.check.idTaken", finalId);
        }
        course.setFinalId(finalId);
        files.put(CourseYaml.FILE, course.write());
    }

    // ----- modules

    /** A new module at the end, with its texts, an empty question bank per language and no lesson yet. */
    public String addModule(String id, Map<String, String> title, Map<String, String> quizTitle) {
        List<String> languages = languages();
        String code = Checks.id(id);
        Checks.texts(Checks.Field.TITLE, title, languages);
        Checks.texts(Checks.Field.QUIZ_TITLE, quizTitle, languages);
        checkModuleIdFree(code, null);
        List<String> folders = folders();
        if (folders.size() >= MAX_ITEMS) {
            throw new EditRefused("author.check.tooManyModules", MAX_ITEMS);
        }
        if (next(folders.stream().map(f -> f.substring(MODULES.length(), f.length() - 1)).toList()) > MAX_ITEMS) {
            renumber(folders, MODULES, "/");
            folders = folders();
        }
        String folder = MODULES + numbered(next(folders.stream().map(f -> f.substring(MODULES.length(), f.length() - 1)).toList()), code) + "/";
        files.put(folder + ModuleYaml.FILE, ModuleYaml.create(code, title, title, quizTitle).write(languages));
        for (String language : languages) {
            files.put(folder + "quiz." + language + ".gift", "");
        }
        return folder;
    }

    /** The module's settings: texts and quiz. Its id may change only while learners have not used it (the page says so). */
    public void saveModule(String folder, ModuleYaml module) {
        List<String> languages = languages();
        module(folder);
        String code = Checks.id(module.getId());
        checkModuleIdFree(code, folder);
        module.setId(code);
        Checks.texts(Checks.Field.TITLE, module.getTitle(), languages);
        Checks.texts(Checks.Field.SUMMARY, module.getSummary(), languages);
        Checks.texts(Checks.Field.QUIZ_TITLE, module.getQuiz().getTitle(), languages);
        Checks.quiz(module.getQuiz(), false);
        files.put(folder + ModuleYaml.FILE, module.write(languages));
    }

    public void removeModule(String folder) {
        module(folder);
        files.keySet().removeIf(path -> path.startsWith(folder));
    }

    /** Moves a module one place up ({@code -1}) or down ({@code +1}); the folders are numbered again. */
    public void moveModule(String folder, int step) {
        List<String> folders = new ArrayList<>(folders());
        int from = folders.indexOf(folder);
        if (from < 0) {
            throw new EditRefused("author.course.noSuchModule");
        }
        int to = from + Integer.signum(step);
        if (to < 0 || to >= folders.size()) {
            return;
        }
        folders.add(to, folders.remove(from));
        renumber(folders, MODULES, "/");
    }

    /** Puts the modules in the order given (every module folder once), e.g. after dragging one. */
    public void orderModules(List<String> order) {
        List<String> folders = folders();
        if (order.size() != folders.size() || !order.containsAll(folders)) {
            throw new EditRefused("author.course.orderOutdated");
        }
        renumber(order, MODULES, "/");
    }

    // ----- lessons

    /** A new lesson at the end of a module, covering the report's first section until the author says otherwise. */
    public String addLesson(String folder, String id, Map<String, String> title) throws UnreadableFile {
        CourseYaml course = course();
        List<String> languages = course.getLanguages();
        module(folder);
        String code = Checks.id(id);
        Checks.texts(Checks.Field.TITLE, title, languages);
        checkLessonIdFree(code, null);
        List<String> lessons = lessonPaths(folder);
        if (lessons.size() >= MAX_ITEMS) {
            throw new EditRefused("author.check.tooManyLessons", MAX_ITEMS);
        }
        String section = CourseStarter.firstSection(files, course.getDefaultLanguage());
        if (next(names(lessons, folder)) > MAX_ITEMS) {
            renumber(lessons, folder, ".md");
            lessons = lessonPaths(folder);
        }
        String path = folder + numbered(next(names(lessons, folder)), code) + ".md";
        files.put(path, LessonStarter.file(code, title, section, course.getReportSymbol(), languages));
        return path;
    }

    public void renameLesson(String path, Map<String, String> title) throws UnreadableFile {
        lesson(path);
        Checks.texts(Checks.Field.TITLE, title, languages());
        LessonFile lesson = LessonFile.of(path, files.get(path));
        if (!readable(lesson)) {
            throw new UnreadableFile(path, "a lesson starts with a YAML header between two lines '---'");
        }
        LessonFile.Header header = lesson.headerFields();
        files.put(path, lesson.withHeader(new LessonFile.Header(header.id(), CourseYaml.ordered(title, languages()),
                header.covers(), header.minutes(), header.optional(), header.objectives(), header.terms())).text());
    }

    /** Whether a lesson's header can be read: the outline shows the others as files to repair. */
    private static boolean readable(LessonFile lesson) {
        return lesson.layoutProblems().stream().noneMatch(p -> p.message().startsWith("a lesson starts with"))
                && lesson.header().readable() && !lesson.header().fields().isEmpty();
    }

    public void removeLesson(String path) {
        lesson(path);
        files.remove(path);
    }

    /** Moves a lesson one place up or down within its module; the module's lesson files are numbered again. */
    public void moveLesson(String path, int step) {
        Lesson lesson = lesson(path);
        String folder = lesson.path().substring(0, lesson.path().lastIndexOf('/') + 1);
        List<String> paths = new ArrayList<>(lessonPaths(folder));
        int from = paths.indexOf(path);
        int to = from + Integer.signum(step);
        if (to < 0 || to >= paths.size()) {
            return;
        }
        paths.add(to, paths.remove(from));
        renumber(paths, folder, ".md");
    }

    /** Puts a module's lessons in the order given (every lesson file of the module once). */
    public void orderLessons(String folder, List<String> order) {
        module(folder);
        List<String> paths = lessonPaths(folder);
        if (order.size() != paths.size() || !order.containsAll(paths)) {
            throw new EditRefused("author.course.orderOutdated");
        }
        renumber(order, folder, ".md");
    }

    private Lesson lesson(String path) {
        return modules().stream().flatMap(m -> m.lessons().stream()).filter(l -> l.path().equals(path)).findFirst()
                .orElseThrow(() -> new EditRefused("author.course.noSuchLesson"));
    }

    // ----- files and names

    private List<String> folders() {
        List<String> folders = new ArrayList<>();
        for (String path : files.keySet()) {
            int slash = path.startsWith(MODULES) ? path.indexOf('/', MODULES.length()) : -1;
            if (slash > 0 && !folders.contains(path.substring(0, slash + 1))) {
                folders.add(path.substring(0, slash + 1));
            }
        }
        return folders;
    }

    private List<String> lessonPaths(String folder) {
        return files.keySet().stream().filter(p -> p.startsWith(folder) && p.endsWith(".md")
                && p.indexOf('/', folder.length()) < 0).toList();
    }

    private void checkModuleIdFree(String code, String except) {
        boolean taken = modules().stream().anyMatch(m -> m.id().equals(code) && !m.folder().equals(except));
        String finalId;
        try {
            finalId = course().getFinalId();
        } catch (UnreadableFile e) {
            finalId = "";
        }
        if (taken || code.equals(finalId)) {
            throw new EditRefused("author.check.idTaken", code);
        }
    }

    private void checkLessonIdFree(String code, String except) {
        if (modules().stream().flatMap(m -> m.lessons().stream())
                .anyMatch(l -> l.id().equals(code) && !l.path().equals(except))) {
            throw new EditRefused("author.check.idTaken", code);
        }
    }

    /**
     * Gives the items (folders ending in {@code /}, or lesson files) the numbers 01, 02, ... in
     * the order given, moving every file of an item whose name changes.
     */
    private void renumber(List<String> items, String parent, String suffix) {
        Map<String, String> moved = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            String name = item.substring(parent.length(), item.length() - suffix.length());
            String renamed = parent + String.format("%02d-%s", i + 1, unnumbered(name)) + suffix;
            if (!renamed.equals(item)) {
                moved.put(item, renamed);
            }
        }
        Map<String, String> taken = new TreeMap<>();
        moved.forEach((from, to) -> {
            for (String path : List.copyOf(files.keySet())) {
                if (suffix.equals("/") ? path.startsWith(from) : path.equals(from)) {
                    taken.put(to + path.substring(from.length()), files.remove(path));
                }
            }
        });
        files.putAll(taken);
    }

    private static List<String> names(List<String> lessonPaths, String folder) {
        return lessonPaths.stream().map(p -> p.substring(folder.length(), p.length() - ".md".length())).toList();
    }

    /** The number after the highest of the names ({@code 03-x} gives 4). */
    private static int next(List<String> names) {
        int highest = 0;
        for (String name : names) {
            Matcher number = NUMBERED.matcher(name);
            if (number.matches()) {
                highest = Math.max(highest, Integer.parseInt(number.group(1)));
            }
        }
        return highest + 1;
    }

    private static String numbered(int number, String name) {
        return String.format("%02d-%s", number, name);
    }

    static String unnumbered(String name) {
        Matcher number = NUMBERED.matcher(name);
        return number.matches() ? number.group(2) : name;
    }
}
