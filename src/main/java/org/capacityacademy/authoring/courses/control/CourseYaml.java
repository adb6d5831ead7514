package org.capacityacademy.authoring.courses.control;

import org.capacityacademy.authoring.drafts.control.UnreadableFile;
import org.capacityacademy.courseformat.CourseYamlFile;
import org.capacityacademy.courseformat.QuizFields;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A course's {@code course.yaml} as the settings page edits it, field by field. Saving writes the
 * fields over the file it was read from ({@link CourseYamlFile}): only what changed changes in the
 * file, its other fields and comments stay; a new course gets a file in the layout of
 * {@code courses/README.md}.
 */
public class CourseYaml implements Serializable {

    public static final String FILE = CourseYamlFile.FILE;
    public static final String SELF = CourseYamlFile.SELF;
    public static final String ADMINISTRATOR = CourseYamlFile.ADMINISTRATOR;

    private CourseYamlFile file;
    private String id = "";
    private int version = 1;
    private String defaultLanguage = "";
    private List<String> languages = new ArrayList<>();
    private String enrolment = SELF;
    private boolean lessonsRequired = true;
    private boolean finalAssessmentRequired = true;
    private Map<String, String> title = new LinkedHashMap<>();
    private Map<String, String> summary = new LinkedHashMap<>();
    private String reportSymbol = "";
    private List<String> officialLanguages = new ArrayList<>();
    private String coverage = "all";
    private String finalId = "final";
    private QuizYaml finalAssessment = new QuizYaml();

    public static CourseYaml parse(String text) throws UnreadableFile {
        CourseYamlFile file = CourseYamlFile.of(text == null ? "" : text);
        UnreadableFile.check(FILE, file.yaml());
        CourseYamlFile.Settings settings = file.settings();
        CourseYaml course = new CourseYaml();
        course.file = file;
        course.id = settings.id();
        course.version = settings.version();
        course.defaultLanguage = settings.defaultLanguage();
        course.languages = new ArrayList<>(settings.languages());
        course.enrolment = settings.enrolment();
        course.lessonsRequired = settings.lessonsRequired();
        course.finalAssessmentRequired = settings.finalAssessmentRequired();
        course.title = new LinkedHashMap<>(settings.title());
        course.summary = new LinkedHashMap<>(settings.summary());
        course.reportSymbol = settings.reportSymbol();
        course.officialLanguages = new ArrayList<>(settings.officialLanguages());
        course.coverage = settings.coverage();
        course.finalId = settings.finalId();
        course.finalAssessment = QuizYaml.of(settings.finalAssessment());
        return course;
    }

    /** The file's text: the file read with these fields written over it, or a new file. */
    public String write() {
        CourseYamlFile.Settings settings = new CourseYamlFile.Settings(id, version, defaultLanguage, languages, enrolment,
                lessonsRequired, finalAssessmentRequired, ordered(title, languages), ordered(summary, languages),
                reportSymbol, officialLanguages, coverage, finalId, finalAssessment.fields(languages));
        return (file == null ? CourseYamlFile.create(settings, List.of()) : file.with(settings)).text();
    }

    /** Texts by language, those of {@code order} first, then any others as they came. */
    static Map<String, String> ordered(Map<String, String> texts, List<String> order) {
        Map<String, String> ordered = new LinkedHashMap<>();
        order.stream().filter(texts::containsKey).forEach(language -> ordered.put(language, texts.get(language)));
        texts.forEach(ordered::putIfAbsent);
        return ordered;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getDefaultLanguage() {
        return defaultLanguage;
    }

    public void setDefaultLanguage(String defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = new ArrayList<>(languages);
    }

    public String getEnrolment() {
        return enrolment;
    }

    public void setEnrolment(String enrolment) {
        this.enrolment = enrolment;
    }

    public boolean isLessonsRequired() {
        return lessonsRequired;
    }

    public void setLessonsRequired(boolean lessonsRequired) {
        this.lessonsRequired = lessonsRequired;
    }

    public boolean isFinalAssessmentRequired() {
        return finalAssessmentRequired;
    }

    public void setFinalAssessmentRequired(boolean finalAssessmentRequired) {
        this.finalAssessmentRequired = finalAssessmentRequired;
    }

    public Map<String, String> getTitle() {
        return title;
    }

    public void setTitle(Map<String, String> title) {
        this.title = new LinkedHashMap<>(title);
    }

    public Map<String, String> getSummary() {
        return summary;
    }

    public void setSummary(Map<String, String> summary) {
        this.summary = new LinkedHashMap<>(summary);
    }

    public String getReportSymbol() {
        return reportSymbol;
    }

    public void setReportSymbol(String reportSymbol) {
        this.reportSymbol = reportSymbol;
    }

    public List<String> getOfficialLanguages() {
        return officialLanguages;
    }

    public void setOfficialLanguages(List<String> officialLanguages) {
        this.officialLanguages = new ArrayList<>(officialLanguages);
    }

    /** {@code all}: every report section quoted by exactly one lesson; {@code some}: lessons quote what they choose. */
    public String getCoverage() {
        return coverage;
    }

    public void setCoverage(String coverage) {
        this.coverage = coverage;
    }

    public String getFinalId() {
        return finalId;
    }

    public void setFinalId(String finalId) {
        this.finalId = finalId;
    }

    public QuizYaml getFinalAssessment() {
        return finalAssessment;
    }

    /** The quiz settings the files hold for a new course's final assessment, with this title. */
    static QuizFields newFinalAssessment(Map<String, String> title, int draw) {
        return new QuizFields(title, draw, QuizFields.PASS_MARK, 0, 0, true,
                org.capacityacademy.courseformat.FeedbackTiming.AFTER_SUBMIT.fileName());
    }
}
