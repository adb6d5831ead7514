package org.capacityacademy.authoring.courses.control;

import org.capacityacademy.authoring.drafts.control.EditRefused;
import org.capacityacademy.authoring.drafts.control.UnreadableFile;
import org.capacityacademy.courseformat.ReportFile;
import org.capacityacademy.courseformat.gift.GiftFile;
import org.capacityacademy.courseformat.gift.GiftQuestion;
import org.capacityacademy.courseformat.gift.QuestionType;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The first draft of a new course: the report (its text by section and its source) copied
 * from a published course, course.yaml with the author's id, languages and titles, and one
 * module with one lesson and one true/false question per language, so that the draft is a
 * complete course from the start and every later edit can be checked against the reader.
 */
public final class CourseStarter {

    public static final String MODULE = "introduction";
    public static final String LESSON = "about-this-course";

    private CourseStarter() {
    }

    /**
     * The files of the new course.
     *
     * @param source the published files of the course whose report the new course teaches
     * @throws EditRefused when the id, languages or titles are not right, or the source offers no report
     *                     text in one of the languages
     */
    public static Map<String, String> files(String code, List<String> languages, String defaultLanguage,
                                            Map<String, String> title, Map<String, String> source) {
        Checks.id(code);
        if (languages.isEmpty()) {
            throw new EditRefused("author.check.noLanguage");
        }
        if (!languages.contains(defaultLanguage)) {
            throw new EditRefused("author.check.defaultLanguage");
        }
        Checks.texts(Checks.Field.TITLE, title, languages);
        CourseYaml reportCourse;
        try {
            reportCourse = CourseYaml.parse(source.get(CourseYaml.FILE));
        } catch (UnreadableFile e) {
            throw new EditRefused("author.courses.sourceUnreadable");
        }
        for (String language : languages) {
            if (reportLanguages(source).stream().noneMatch(language::equals)) {
                throw new EditRefused("author.courses.noReportIn", Checks.languageName(language));
            }
        }
        String symbol = reportCourse.getReportSymbol();
        String section = firstSection(source, defaultLanguage);
        Map<String, String> files = new TreeMap<>();
        source.forEach((path, text) -> {
            if (path.startsWith("source/") || languages.stream().anyMatch(l -> path.startsWith("report/" + l + "/"))) {
                files.put(path, text);
            }
        });

        CourseYaml course = new CourseYaml();
        course.setId(code);
        course.setLanguages(languages);
        course.setDefaultLanguage(defaultLanguage);
        course.setTitle(title);
        course.setSummary(StarterText.each(languages, "author.starter.summary", symbol));
        course.setReportSymbol(symbol);
        course.setOfficialLanguages(reportCourse.getOfficialLanguages().stream().filter(languages::contains).toList());
        course.setCoverage("some");
        course.getFinalAssessment().setTitle(StarterText.each(languages, "author.starter.finalTitle"));
        course.getFinalAssessment().setDraw(1);
        files.put(CourseYaml.FILE, course.write());

        String folder = "modules/01-" + MODULE + "/";
        files.put(folder + ModuleYaml.FILE, ModuleYaml.create(MODULE,
                StarterText.each(languages, "author.starter.moduleTitle"),
                StarterText.each(languages, "author.starter.moduleSummary", symbol),
                StarterText.each(languages, "author.starter.quizTitle")).write(languages));
        files.put(folder + "01-" + LESSON + ".md", LessonStarter.file(LESSON,
                StarterText.each(languages, "author.starter.lessonTitle"), section, symbol, languages));
        for (String language : languages) {
            GiftQuestion question = new GiftQuestion(MODULE + "-1", QuestionType.TRUE_FALSE,
                    StarterText.of(language, "author.starter.question", symbol),
                    List.of(new GiftQuestion.GiftAnswer("true", null, 100,
                            StarterText.of(language, "author.starter.questionWrong", symbol),
                            StarterText.of(language, "author.starter.questionRight", symbol))), null, List.of(section), 0);
            String path = GiftFile.path(folder, language);
            files.put(path, new GiftFile(path, "").with(List.of(), List.of(question)).text());
        }
        return files;
    }

    /** The languages in which the files hold the report's text ({@code report/<lang>/}). */
    public static List<String> reportLanguages(Map<String, String> files) {
        return files.keySet().stream().map(ReportFile::languageOf).filter(language -> !language.isEmpty())
                .distinct().sorted().toList();
    }

    /** The id of the first section of the report's text in a language, e.g. {@code summary} or {@code 1}. */
    public static String firstSection(Map<String, String> files, String language) {
        return new TreeMap<>(files).entrySet().stream().filter(file -> ReportFile.languageOf(file.getKey()).equals(language))
                .flatMap(file -> new ReportFile(file.getKey(), file.getValue()).sections().stream())
                .map(ReportFile.Section::id).findFirst()
                .orElseThrow(() -> new EditRefused("author.courses.noReportIn", Checks.languageName(language)));
    }
}
