package org.capacityacademy.courseformat;

import org.capacityacademy.courseformat.gift.GiftQuestion;
import org.capacityacademy.courseformat.gift.GiftParser;
import org.capacityacademy.courseformat.FeedbackTiming;
import org.capacityacademy.courseformat.CourseDefinition.Completion;
import org.capacityacademy.courseformat.CourseDefinition.FinalAssessment;
import org.capacityacademy.courseformat.CourseDefinition.KeyTerm;
import org.capacityacademy.courseformat.CourseDefinition.LessonDefinition;
import org.capacityacademy.courseformat.CourseDefinition.ModuleDefinition;
import org.capacityacademy.courseformat.CourseDefinition.QuizSettings;
import org.capacityacademy.courseformat.CourseDefinition.QuestionDefinition;
import org.capacityacademy.courseformat.CourseDefinition.ReportSection;

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
 * Reads one course folder in the format of {@code courses/README.md} and checks it whole:
 * every text in every language, every quotation and citation pointing at a section of the
 * report, every report section covered by exactly one lesson, the banks of each language
 * holding the same questions. Either a complete definition or every problem found.
 */
public final class CourseReader {

    private static final Pattern SECTION = Pattern.compile("^## +(\\S+)\\s*$");
    private static final Pattern LANGUAGE_MARK = Pattern.compile("^<!--\\s*([a-z]{2})\\s*-->\\s*$");
    private static final Pattern CITED_SECTION = Pattern.compile("^([a-z]+|\\d+)(\\([a-z]\\))?$");
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private final CourseFiles folder;
    private final List<ContentProblem> problems = new ArrayList<>();
    private List<String> languages = List.of();

    private CourseReader(CourseFiles folder) {
        this.folder = folder;
    }

    public static CourseDefinition read(Path folder) throws ContentException {
        return read(CourseFiles.folder(folder));
    }

    /** Reads a course from its files, wherever they are kept (a folder, a draft in the database, a zip). */
    public static CourseDefinition read(CourseFiles files) throws ContentException {
        CourseReader reader = new CourseReader(files);
        CourseDefinition course = reader.course();
        if (!reader.problems.isEmpty()) {
            throw new ContentException(reader.problems);
        }
        return course;
    }

    private CourseDefinition course() {
        String courseFile = "course.yaml";
        YamlFields yaml = yaml(courseFile, read(courseFile), 0, List.of("zh", "en"));
        languages = yaml.root().get("languages") instanceof List<?> list && !list.isEmpty()
                ? list.stream().map(String::valueOf).toList() : List.of();
        if (languages.isEmpty()) {
            yaml.problem(yaml.lineOf("languages"), "'languages' must list the course's languages, e.g. [zh, en]");
        }
        yaml = yaml(courseFile, read(courseFile), 0, languages);
        String code = code(yaml, "id");
        int version = yaml.number("version", 1, 10_000);
        String defaultLanguage = yaml.string("defaultLanguage");
        if (!languages.contains(defaultLanguage)) {
            yaml.problem(yaml.lineOf("defaultLanguage"), "'defaultLanguage' must be one of " + languages);
        }
        Map<String, String> title = yaml.localized("title");
        Map<String, String> summary = yaml.localized("summary");
        Map<?, ?> report = yaml.root().get("report") instanceof Map<?, ?> m ? m : Map.of();
        String symbol = String.valueOf(report.get("symbol") == null ? "" : report.get("symbol"));
        List<String> official = report.get("official") instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
        FinalAssessment finalAssessment = finalAssessment(yaml);

        List<ReportSection> sections = report();
        Set<String> sectionIds = new HashSet<>(sections.stream().map(ReportSection::id).toList());
        List<ModuleDefinition> modules = new ArrayList<>();
        for (String moduleFolder : folder.folders("modules/")) {
            modules.add(module(moduleFolder, sectionIds));
        }
        if (modules.isEmpty()) {
            problems.add(new ContentProblem("modules/", 0, "the course has no modules"));
        }
        Object coverage = report.containsKey("coverage") ? report.get("coverage") : "all";
        if ("all".equals(coverage)) {
            checkCoverage(modules, sections);
        } else if (!"some".equals(coverage)) {
            yaml.problem(yaml.lineOf("coverage"), "'coverage' under 'report' must be all or some");
        }
        checkUnique(modules);
        if (modules.stream().anyMatch(m -> m.code().equals(finalAssessment.code()))) {
            yaml.problem(yaml.lineOf("finalAssessment"), "the final assessment's id " + finalAssessment.code()
                    + " is also a module's id; quizzes are named by these ids");
        }
        int questions = modules.stream().mapToInt(m -> m.questions().size()).sum();
        if (finalAssessment.quiz().draw() > questions) {
            yaml.problem(yaml.lineOf("draw"), "the final assessment draws " + finalAssessment.quiz().draw()
                    + " questions but the banks hold only " + questions);
        }
        Object enrolment = yaml.root().getOrDefault("enrolment", "self");
        if (!"self".equals(enrolment) && !"administrator".equals(enrolment)) {
            yaml.problem(yaml.lineOf("enrolment"), "'enrolment' must be self or administrator");
        }
        return new CourseDefinition(code, version, defaultLanguage, languages, title, summary, symbol, official,
                sections, modules, finalAssessment, !"administrator".equals(enrolment), completion(yaml));
    }

    /** The completion rule: {@code completion: {lessons: required | none, finalAssessment: required | none}}. */
    private static Completion completion(YamlFields course) {
        if (!(course.root().get("completion") instanceof Map<?, ?> rule)) {
            if (course.root().containsKey("completion")) {
                course.problem(course.lineOf("completion"), "'completion' must say lessons: and finalAssessment:");
            }
            return Completion.DEFAULT;
        }
        boolean lessons = required(course, rule, "lessons");
        boolean finalAssessment = required(course, rule, "finalAssessment");
        if (!lessons && !finalAssessment) {
            course.problem(course.lineOf("completion"), "'completion' must require the lessons, the final assessment or both");
        }
        return new Completion(lessons, finalAssessment);
    }

    private static boolean required(YamlFields course, Map<?, ?> rule, String key) {
        Object value = rule.containsKey(key) ? rule.get(key) : "required";
        if (!"required".equals(value) && !"none".equals(value)) {
            course.problem(course.lineOf(key), "'" + key + "' under 'completion' must be required or none");
        }
        return !"none".equals(value);
    }

    private FinalAssessment finalAssessment(YamlFields course) {
        if (!(course.root().get("finalAssessment") instanceof Map<?, ?>)) {
            course.problem(course.lineOf("finalAssessment"), "'finalAssessment' is missing");
            return new FinalAssessment("final", Map.of(), new QuizSettings(0, 70, 0, 0, true, FeedbackTiming.AFTER_SUBMIT));
        }
        String text = read("course.yaml");
        // the top-level key, at the start of a line (completion: has a finalAssessment: of its own)
        Matcher key = Pattern.compile("(?m)^finalAssessment:").matcher(text);
        int start = key.find() ? key.start() : 0;
        String block = text.substring(start + "finalAssessment:".length()).replaceAll("(?m)^  ", "");
        YamlFields yaml = yaml("course.yaml", block, (int) text.substring(0, start).chars().filter(c -> c == '\n').count(), languages);
        return new FinalAssessment(code(yaml, "id"), yaml.localized("title"),
                new QuizSettings(yaml.number("draw", 1, 1000), yaml.number("passMark", 1, 100),
                        yaml.number(yaml.root(), "attempts", 0, 100, 0), yaml.number(yaml.root(), "timeLimit", 0, 600, 0),
                        yaml.flag("shuffle", true), yaml.feedback(yaml.root())));
    }

    private List<ReportSection> report() {
        Map<String, Map<String, String>> byId = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> blocks = new HashMap<>();
        for (String language : languages) {
            List<String> files = folder.files("report/" + language + "/");
            if (files.isEmpty()) {
                problems.add(new ContentProblem("report/" + language + "/", 0, "no text of the report in " + language));
            }
            for (String name : files) {
                readSections(name, read(name), language, byId, blocks);
            }
        }
        List<ReportSection> sections = new ArrayList<>();
        byId.forEach((id, texts) -> {
            for (String language : languages) {
                if (!texts.containsKey(language)) {
                    problems.add(new ContentProblem("report/" + language + "/", 0, "section " + id + " has no " + language + " text"));
                }
            }
            if (blocks.get(id).values().stream().distinct().count() > 1) {
                problems.add(new ContentProblem("report/", 0, "section " + id
                        + " has a different number of paragraphs or sub-items in each language: " + blocks.get(id)));
            }
            sections.add(new ReportSection(id, texts));
        });
        return sections;
    }

    private void readSections(String name, String text, String language, Map<String, Map<String, String>> byId,
                              Map<String, Map<String, Integer>> blocks) {
        String id = null;
        StringBuilder body = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : null;
            Matcher heading = line == null ? null : SECTION.matcher(line);
            if (line == null || heading.matches()) {
                if (id != null) {
                    String section = body.toString().strip().replaceAll("\n{3,}", "\n\n");
                    if (section.isEmpty()) {
                        problems.add(new ContentProblem(name, i, "section " + id + " is empty"));
                    }
                    Map<String, String> texts = byId.computeIfAbsent(id, k -> new LinkedHashMap<>());
                    if (texts.put(language, section) != null) {
                        problems.add(new ContentProblem(name, i, "section " + id + " appears twice in " + language));
                    }
                    blocks.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(language, section.split("\n\n").length);
                }
                if (line != null) {
                    id = heading.group(1);
                    body.setLength(0);
                }
            } else if (id != null && !line.strip().startsWith("<!--")) {
                body.append(line).append('\n');
            }
        }
    }

    private ModuleDefinition module(String base, Set<String> sectionIds) {
        YamlFields yaml = yaml(base + "module.yaml", read(base + "module.yaml"), 0, languages);
        String code = code(yaml, "id");
        Map<?, ?> quiz = yaml.root().get("quiz") instanceof Map<?, ?> m ? m : Map.of();
        Map<String, String> quizTitle = yaml.localized(quiz.get("title"), "quiz");
        QuizSettings settings = new QuizSettings(yaml.number(quiz, "draw", 0, 1000, 0),
                yaml.number(quiz, "passMark", 1, 100, 70), yaml.number(quiz, "attempts", 0, 100, 0),
                yaml.number(quiz, "timeLimit", 0, 600, 0), !(quiz.get("shuffle") instanceof Boolean s) || s,
                yaml.feedback(quiz));
        List<LessonDefinition> lessons = new ArrayList<>();
        for (String file : folder.files(base)) {
            if (!file.endsWith(".md")) {
                continue;
            }
            lessons.add(LessonFile.read(file, read(file), languages,
                    sectionIds, problems));
        }
        if (lessons.isEmpty()) {
            problems.add(new ContentProblem(base, 0, "the module has no lessons"));
        }
        List<QuestionDefinition> bank = bank(base, sectionIds);
        if (settings.draw() > bank.size()) {
            yaml.problem(yaml.lineOf("draw"), "the quiz draws " + settings.draw() + " questions but the bank holds "
                    + bank.size());
        }
        return new ModuleDefinition(code, yaml.localized("title"), yaml.localized("summary"), quizTitle, settings,
                lessons, bank);
    }

    /** The module's questions: the same in every language's GIFT file. */
    private List<QuestionDefinition> bank(String base, Set<String> sectionIds) {
        Map<String, List<GiftQuestion>> byLanguage = new LinkedHashMap<>();
        for (String language : languages) {
            String name = base + "quiz." + language + ".gift";
            if (folder.read(name) == null) {
                problems.add(new ContentProblem(name, 0, "the module's question bank in " + language + " is missing"));
                continue;
            }
            try {
                byLanguage.put(language, GiftParser.parse(name, read(name)));
            } catch (ContentException e) {
                problems.addAll(e.getProblems());
            }
        }
        if (byLanguage.size() < languages.size()) {
            return List.of();
        }
        String first = languages.get(0);
        List<GiftQuestion> reference = byLanguage.get(first);
        List<QuestionDefinition> questions = new ArrayList<>();
        for (int i = 0; i < reference.size(); i++) {
            GiftQuestion question = reference.get(i);
            String name = base + "quiz." + first + ".gift";
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
                String file = base + "quiz." + language + ".gift";
                if (translated == null || !translated.id().equals(question.id())) {
                    problems.add(new ContentProblem(file, translated == null ? 0 : translated.line(),
                            "question " + (i + 1) + " should be " + question.id() + " as in quiz." + first + ".gift"));
                } else if (!sameShape(question, translated)) {
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
                problems.add(new ContentProblem(base + "quiz." + language + ".gift", 0,
                        "has more questions than quiz." + first + ".gift"));
            }
        }
        return questions;
    }

    private static boolean sameShape(GiftQuestion a, GiftQuestion b) {
        if (a.type() != b.type() || a.answers().size() != b.answers().size()) {
            return false;
        }
        return switch (a.type()) {
            case TRUE_FALSE -> a.answers().get(0).text().equals(b.answers().get(0).text());
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> a.answers().stream().map(GiftQuestion.GiftAnswer::weight).toList()
                    .equals(b.answers().stream().map(GiftQuestion.GiftAnswer::weight).toList());
            default -> true;
        };
    }

    private void checkCoverage(List<ModuleDefinition> modules, List<ReportSection> sections) {
        Map<String, List<String>> coveredBy = new HashMap<>();
        modules.forEach(m -> m.lessons().forEach(l -> l.covers().forEach(s ->
                coveredBy.computeIfAbsent(s, k -> new ArrayList<>()).add(l.code()))));
        for (ReportSection section : sections) {
            List<String> lessons = coveredBy.getOrDefault(section.id(), List.of());
            if (lessons.size() != 1) {
                problems.add(new ContentProblem("modules/", 0, "section " + section.id()
                        + " of the report must be quoted by exactly one lesson, but is quoted by " + lessons));
            }
        }
    }

    private void checkUnique(List<ModuleDefinition> modules) {
        Set<String> codes = new HashSet<>();
        for (ModuleDefinition module : modules) {
            if (!codes.add("module:" + module.code())) {
                problems.add(new ContentProblem("modules/", 0, "two modules have the id " + module.code()));
            }
            module.lessons().forEach(l -> {
                if (!codes.add("lesson:" + l.code())) {
                    problems.add(new ContentProblem("modules/", 0, "two lessons have the id " + l.code()));
                }
            });
            module.questions().forEach(q -> {
                if (!codes.add("question:" + q.code())) {
                    problems.add(new ContentProblem("modules/", 0, "two questions have the id " + q.code()));
                }
            });
        }
    }

    private String code(YamlFields yaml, String key) {
        String code = yaml.string(key);
        if (!code.isEmpty() && !CODE.matcher(code).matches()) {
            yaml.problem(yaml.lineOf(key), "'" + key + "' may hold only a-z, 0-9 and -, at most 80 characters");
        }
        return code;
    }

    private YamlFields yaml(String name, String text, int offset, List<String> languages) {
        return new YamlFields(name, text, offset, languages, problems);
    }

    static final Pattern LANGUAGE = LANGUAGE_MARK;

    private String read(String relative) {
        String text = folder.read(relative);
        if (text == null) {
            problems.add(new ContentProblem(relative, 0, "is missing or cannot be read"));
            return "";
        }
        return text;
    }

    /** Helps messages about terms: the term's text in each language, every key but 'explanation'. */
    static KeyTerm term(Map<?, ?> item, List<String> languages, YamlFields yaml) {
        Map<String, String> term = new LinkedHashMap<>();
        for (String language : languages) {
            Object text = item.get(language);
            if (text == null || text.toString().isBlank()) {
                yaml.problem(yaml.lineOf("terms"), "a key term has no " + language + " text");
            } else {
                term.put(language, text.toString().strip());
            }
        }
        return new KeyTerm(term, yaml.localized(item.get("explanation"), "explanation"));
    }
}
