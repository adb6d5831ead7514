package org.capacityacademy.courseformat;

import org.capacityacademy.courseformat.CourseDefinition.Completion;
import org.capacityacademy.courseformat.CourseDefinition.FinalAssessment;
import org.capacityacademy.courseformat.CourseDefinition.GlossaryTerm;
import org.capacityacademy.courseformat.CourseDefinition.LessonDefinition;
import org.capacityacademy.courseformat.CourseDefinition.ModuleDefinition;
import org.capacityacademy.courseformat.CourseDefinition.QuestionDefinition;
import org.capacityacademy.courseformat.CourseDefinition.QuizSettings;
import org.capacityacademy.courseformat.CourseDefinition.ReportSection;
import org.capacityacademy.courseformat.gift.GiftFile;
import org.capacityacademy.courseformat.gift.GiftQuestion;
import org.capacityacademy.courseformat.yaml.YamlDocument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one course in the format of {@code courses/README.md} and checks it whole: every text in
 * every language, every quotation and citation pointing at a section of the report, every report
 * section covered by exactly one lesson, the banks of each language holding the same questions,
 * the glossary's terms each given in every language. Either a complete definition or every
 * problem found, each with its file and line.
 */
public final class CourseReader {

    private static final Pattern CITED_SECTION = Pattern.compile("^([a-z]+|\\d+)(\\([a-z]\\))?$");
    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private final CourseSource source;
    private final List<ContentProblem> problems = new ArrayList<>();
    private final Map<String, Set<String>> fieldsRead = new java.util.TreeMap<>();
    private List<String> languages = List.of();
    private int languagesLine;

    private CourseReader(CourseSource source) {
        this.source = source;
    }

    public static CourseDefinition read(Path folder) throws ContentException {
        return read(CourseFiles.folder(folder));
    }

    /** Reads a course from its files, wherever they are kept (a folder, a draft in the database, a zip). */
    public static CourseDefinition read(CourseFiles files) throws ContentException {
        return read(CourseSource.of(files));
    }

    /**
     * The fields the reader looks at when it reads a course, by kind of file ({@code course.yaml},
     * {@code module.yaml}, {@code glossary.yaml}, {@code lesson}): every field it takes.
     */
    static Map<String, Set<String>> fieldsRead(CourseSource source) {
        CourseReader reader = new CourseReader(source);
        reader.course();
        return reader.fieldsRead;
    }

    /** Strict reading of a YAML document of a file, the fields it looks at noted under the file's kind. */
    YamlFields fields(String file, String kind, YamlDocument yaml, int lineOffset) {
        return new YamlFields(file, yaml, lineOffset, languages, problems, fieldsRead.computeIfAbsent(kind, k -> new java.util.TreeSet<>()));
    }

    public static CourseDefinition read(CourseSource source) throws ContentException {
        CourseReader reader = new CourseReader(source);
        CourseDefinition course = reader.course();
        if (!reader.problems.isEmpty()) {
            throw new ContentException(reader.problems);
        }
        return course;
    }

    /** Why a language's text is expected: course.yaml declares it (with the line), as an import names an incomplete language. */
    String declared(String language) {
        return "yet course.yaml lists " + language + " among the course's languages" + (languagesLine > 0 ? " (line " + languagesLine + ")" : "");
    }

    private CourseDefinition course() {
        String courseFile = CourseYamlFile.FILE;
        if (source.course() == null) {
            problems.add(new ContentProblem(courseFile, 0, "is missing or cannot be read"));
        }
        YamlDocument document = source.course() == null ? YamlDocument.of("") : source.course().yaml();
        languages = document.readable() && document.get("languages") instanceof List<?> list && !list.isEmpty()
                && list.stream().allMatch(item -> item instanceof String || item instanceof Number)
                ? list.stream().map(String::valueOf).map(String::strip).toList() : List.of();
        YamlFields yaml = fields(courseFile, CourseYamlFile.FILE, document, 0);
        yaml.get("languages");
        languagesLine = yaml.line("languages");
        if (languages.isEmpty() && document.readable()) {
            yaml.problem(yaml.line("languages"), "'languages' must list the course's languages, e.g. [zh, en]");
        }
        String code = code(yaml, "id");
        int version = yaml.number(1, 10_000, "version");
        String defaultLanguage = yaml.string("defaultLanguage");
        if (!defaultLanguage.isEmpty() && !languages.contains(defaultLanguage)) {
            yaml.problem(yaml.line("defaultLanguage"), "'defaultLanguage' must be one of " + languages);
        }
        Map<String, String> title = yaml.localized("title");
        Map<String, String> summary = yaml.localized("summary");
        String symbol = yaml.get("report", "symbol") == null ? "" : String.valueOf(yaml.get("report", "symbol"));
        List<String> official = yaml.get("report", "official") instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
        FinalAssessment finalAssessment = finalAssessment(yaml);
        if (languages.isEmpty()) {
            // no other file can be judged without the course's languages: course.yaml's problems come first
            return new CourseDefinition(code, version, defaultLanguage, languages, title, summary, symbol, official,
                    List.of(), List.of(), finalAssessment, true, completion(yaml), List.of());
        }

        List<ReportSection> sections = report();
        Set<String> sectionIds = new HashSet<>(sections.stream().map(ReportSection::id).toList());
        List<ModuleDefinition> modules = new ArrayList<>();
        for (CourseSource.Module module : source.modules()) {
            modules.add(module(module, sectionIds));
        }
        if (modules.isEmpty()) {
            problems.add(new ContentProblem(CourseSource.MODULES, 0, "the course has no modules"));
        }
        Object coverage = yaml.has("report", "coverage") ? yaml.get("report", "coverage") : "all";
        if ("all".equals(coverage)) {
            checkCoverage(modules, sections);
        } else if (!"some".equals(coverage)) {
            yaml.problem(yaml.line("report", "coverage"), "'coverage' under 'report' must be all or some");
        }
        checkUnique(modules);
        if (modules.stream().anyMatch(m -> m.code().equals(finalAssessment.code()))) {
            yaml.problem(yaml.line("finalAssessment", "id"), "the final assessment's id " + finalAssessment.code()
                    + " is also a module's id; quizzes are named by these ids");
        }
        int questions = modules.stream().mapToInt(m -> m.questions().size()).sum();
        if (finalAssessment.quiz().draw() > questions) {
            yaml.problem(yaml.line("finalAssessment", "draw"), "the final assessment draws " + finalAssessment.quiz().draw()
                    + " questions but the banks hold only " + questions);
        }
        Object enrolment = yaml.has("enrolment") ? yaml.get("enrolment") : CourseYamlFile.SELF;
        if (!CourseYamlFile.SELF.equals(enrolment) && !CourseYamlFile.ADMINISTRATOR.equals(enrolment)) {
            yaml.problem(yaml.line("enrolment"), "'enrolment' must be self or administrator");
        }
        return new CourseDefinition(code, version, defaultLanguage, languages, title, summary, symbol, official,
                sections, modules, finalAssessment, !CourseYamlFile.ADMINISTRATOR.equals(enrolment), completion(yaml), glossary());
    }

    /** The completion rule: {@code completion: {lessons: required | none, finalAssessment: required | none}}. */
    private static Completion completion(YamlFields course) {
        if (!(course.get("completion") instanceof Map<?, ?>)) {
            if (course.has("completion")) {
                course.problem(course.line("completion"), "'completion' must say lessons: and finalAssessment:");
            }
            return Completion.DEFAULT;
        }
        boolean lessons = required(course, "lessons");
        boolean finalAssessment = required(course, "finalAssessment");
        if (!lessons && !finalAssessment) {
            course.problem(course.line("completion"), "'completion' must require the lessons, the final assessment or both");
        }
        return new Completion(lessons, finalAssessment);
    }

    private static boolean required(YamlFields course, String key) {
        Object value = course.has("completion", key) ? course.get("completion", key) : CourseYamlFile.REQUIRED;
        if (!CourseYamlFile.REQUIRED.equals(value) && !CourseYamlFile.NONE.equals(value)) {
            course.problem(course.line("completion", key), "'" + key + "' under 'completion' must be required or none");
        }
        return !CourseYamlFile.NONE.equals(value);
    }

    private FinalAssessment finalAssessment(YamlFields course) {
        if (!(course.get("finalAssessment") instanceof Map<?, ?>)) {
            course.problem(course.line("finalAssessment"), "'finalAssessment' is missing");
            return new FinalAssessment("final", Map.of(), new QuizSettings(0, 70, 0, 0, true, FeedbackTiming.AFTER_SUBMIT));
        }
        return new FinalAssessment(code(course, "finalAssessment", "id"), course.localized("finalAssessment", "title"),
                new QuizSettings(course.number(1, QuizFields.MAX_DRAW, "finalAssessment", "draw"),
                        course.number(1, 100, "finalAssessment", "passMark"),
                        course.optionalNumber(0, QuizFields.MAX_ATTEMPTS, 0, "finalAssessment", "attempts"),
                        course.optionalNumber(0, QuizFields.MAX_TIME_LIMIT, 0, "finalAssessment", "timeLimit"),
                        course.flag(true, "finalAssessment", "shuffle"), course.feedback("finalAssessment")));
    }

    /** The glossary's terms: ids unique, every term and explanation in every language. None without a glossary. */
    private List<GlossaryTerm> glossary() {
        if (source.glossary() == null) {
            return List.of();
        }
        YamlFields yaml = fields(GlossaryFile.FILE, GlossaryFile.FILE, source.glossary().yaml(), 0);
        if (!source.glossary().yaml().readable()) {
            return List.of();
        }
        List<GlossaryTerm> terms = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int count = yaml.items("terms");
        for (int i = 0; i < count; i++) {
            if (!(yaml.get("terms", i) instanceof Map<?, ?>)) {
                continue;
            }
            String id = code(yaml, "terms", i, "id");
            if (!id.isEmpty() && !ids.add(id)) {
                yaml.problem(yaml.line("terms", i, "id"), "the glossary has two terms with the id " + id);
            }
            terms.add(new GlossaryTerm(id, yaml.localized("terms", i, "term"), yaml.localized("terms", i, "explanation")));
        }
        return terms;
    }

    private List<ReportSection> report() {
        Map<String, Map<String, String>> byId = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> blocks = new HashMap<>();
        for (String language : languages) {
            List<ReportFile> files = source.report(language);
            if (files.isEmpty()) {
                problems.add(new ContentProblem(ReportFile.FOLDER + language + "/", 0, "no text of the report in " + language
                        + ", " + declared(language)));
            }
            for (ReportFile file : files) {
                for (ReportFile.Section section : file.sections()) {
                    if (section.text().isEmpty()) {
                        problems.add(new ContentProblem(file.path(), section.line(), "section " + section.id() + " is empty"));
                    }
                    Map<String, String> texts = byId.computeIfAbsent(section.id(), k -> new LinkedHashMap<>());
                    if (texts.put(language, section.text()) != null) {
                        problems.add(new ContentProblem(file.path(), section.line(), "section " + section.id()
                                + " appears twice in " + language));
                    }
                    blocks.computeIfAbsent(section.id(), k -> new LinkedHashMap<>()).put(language, section.text().split("\n\n").length);
                }
            }
        }
        List<ReportSection> sections = new ArrayList<>();
        byId.forEach((id, texts) -> {
            for (String language : languages) {
                if (!texts.containsKey(language)) {
                    problems.add(new ContentProblem(ReportFile.FOLDER + language + "/", 0, "section " + id + " has no " + language + " text"));
                }
            }
            if (blocks.get(id).values().stream().distinct().count() > 1) {
                problems.add(new ContentProblem(ReportFile.FOLDER, 0, "section " + id
                        + " has a different number of paragraphs or sub-items in each language: " + blocks.get(id)));
            }
            sections.add(new ReportSection(id, texts));
        });
        return sections;
    }

    private ModuleDefinition module(CourseSource.Module module, Set<String> sectionIds) {
        String base = module.folder();
        if (module.module() == null) {
            problems.add(new ContentProblem(base + ModuleYamlFile.FILE, 0, "is missing or cannot be read"));
        }
        YamlFields yaml = fields(base + ModuleYamlFile.FILE, ModuleYamlFile.FILE, module.module() == null ? YamlDocument.of("")
                : module.module().yaml(), 0);
        String code = code(yaml, "id");
        Map<String, String> quizTitle = yaml.localized("quiz", "title");
        QuizSettings settings = new QuizSettings(yaml.optionalNumber(0, QuizFields.MAX_DRAW, 0, "quiz", "draw"),
                yaml.optionalNumber(1, 100, QuizFields.PASS_MARK, "quiz", "passMark"),
                yaml.optionalNumber(0, QuizFields.MAX_ATTEMPTS, 0, "quiz", "attempts"),
                yaml.optionalNumber(0, QuizFields.MAX_TIME_LIMIT, 0, "quiz", "timeLimit"), yaml.flag(true, "quiz", "shuffle"),
                yaml.feedback("quiz"));
        List<LessonDefinition> lessons = new ArrayList<>();
        for (LessonFile lesson : module.lessons()) {
            lessons.add(LessonReader.read(lesson, this, sectionIds, problems));
        }
        if (lessons.isEmpty()) {
            problems.add(new ContentProblem(base, 0, "the module has no lessons"));
        }
        List<QuestionDefinition> bank = bank(module, sectionIds);
        if (settings.draw() > bank.size()) {
            yaml.problem(yaml.line("quiz", "draw"), "the quiz draws " + settings.draw() + " questions but the bank holds "
                    + bank.size());
        }
        return new ModuleDefinition(code, yaml.localized("title"), yaml.localized("summary"), quizTitle, settings,
                lessons, bank);
    }

    /** The module's questions: the same in every language's GIFT file. */
    private List<QuestionDefinition> bank(CourseSource.Module module, Set<String> sectionIds) {
        String base = module.folder();
        Map<String, List<GiftQuestion>> byLanguage = new LinkedHashMap<>();
        for (String language : languages) {
            GiftFile file = module.banks().get(language);
            if (file == null) {
                problems.add(new ContentProblem(GiftFile.path(base, language), 0, "the module's question bank in "
                        + language + " is missing, " + declared(language)));
                continue;
            }
            try {
                byLanguage.put(language, file.questions());
            } catch (ContentException e) {
                problems.addAll(e.getProblems());
            }
        }
        if (languages.isEmpty() || byLanguage.size() < languages.size()) {
            return List.of();
        }
        String first = languages.get(0);
        List<GiftQuestion> reference = byLanguage.get(first);
        List<QuestionDefinition> questions = new ArrayList<>();
        for (int i = 0; i < reference.size(); i++) {
            GiftQuestion question = reference.get(i);
            String name = GiftFile.path(base, first);
            if (question.cites().isEmpty()) {
                problems.add(new ContentProblem(name, question.line(), "question " + question.id()
                        + " cites no paragraph: put a line // cites: N before it"));
            }
            for (String cited : question.cites()) {
                Matcher section = CITED_SECTION.matcher(cited);
                if (!section.matches() || !sectionIds.contains(section.group(1))) {
                    problems.add(new ContentProblem(name, question.line(), "question " + question.id()
                            + " cites " + cited + ", which is not a section of the report"));
                }
            }
            Map<String, GiftQuestion> texts = new LinkedHashMap<>();
            for (String language : languages) {
                List<GiftQuestion> bank = byLanguage.get(language);
                GiftQuestion translated = i < bank.size() ? bank.get(i) : null;
                String file = GiftFile.path(base, language);
                if (translated == null || !translated.id().equals(question.id())) {
                    problems.add(new ContentProblem(file, translated == null ? 0 : translated.line(),
                            "question " + (i + 1) + " should be " + question.id() + " as in quiz." + first + ".gift"));
                } else if (!question.sameShape(translated)) {
                    problems.add(new ContentProblem(file, translated.line(), "question " + question.id()
                            + " differs from quiz." + first + ".gift in type, number of answers or right answers"));
                } else {
                    texts.put(language, translated);
                }
            }
            questions.add(new QuestionDefinition(question.id(), question.type(), question.cites(), texts));
        }
        for (String language : languages) {
            if (byLanguage.get(language).size() > reference.size()) {
                problems.add(new ContentProblem(GiftFile.path(base, language), 0,
                        "has more questions than quiz." + first + ".gift"));
            }
        }
        return questions;
    }

    private void checkCoverage(List<ModuleDefinition> modules, List<ReportSection> sections) {
        Map<String, List<String>> coveredBy = new HashMap<>();
        modules.forEach(m -> m.lessons().forEach(l -> l.covers().forEach(s ->
                coveredBy.computeIfAbsent(s, k -> new ArrayList<>()).add(l.code()))));
        for (ReportSection section : sections) {
            List<String> lessons = coveredBy.getOrDefault(section.id(), List.of());
            if (lessons.size() != 1) {
                problems.add(new ContentProblem(CourseSource.MODULES, 0, "section " + section.id()
                        + " of the report must be quoted by exactly one lesson, but is quoted by " + lessons));
            }
        }
    }

    private void checkUnique(List<ModuleDefinition> modules) {
        Set<String> codes = new HashSet<>();
        for (ModuleDefinition module : modules) {
            if (!codes.add("module:" + module.code())) {
                problems.add(new ContentProblem(CourseSource.MODULES, 0, "two modules have the id " + module.code()));
            }
            module.lessons().forEach(l -> {
                if (!codes.add("lesson:" + l.code())) {
                    problems.add(new ContentProblem(CourseSource.MODULES, 0, "two lessons have the id " + l.code()));
                }
            });
            module.questions().forEach(q -> {
                if (!codes.add("question:" + q.code())) {
                    problems.add(new ContentProblem(CourseSource.MODULES, 0, "two questions have the id " + q.code()));
                }
            });
        }
    }

    static String code(YamlFields yaml, Object... path) {
        String code = yaml.string(path);
        if (!code.isEmpty() && !CODE.matcher(code).matches()) {
            yaml.problem(yaml.line(path), "'" + path[path.length - 1] + "' may hold only a-z, 0-9 and -, at most 80 characters");
        }
        return code;
    }
}
