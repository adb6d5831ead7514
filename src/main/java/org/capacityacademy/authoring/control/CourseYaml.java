package org.capacityacademy.authoring.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A course's {@code course.yaml} as editable fields, written back in the layout of
 * {@code courses/README.md}. Fields the editor does not know are kept; comments inside the
 * file are not (its opening comment lines are).
 */
public class CourseYaml implements Serializable {

    public static final String FILE = "course.yaml";
    public static final String SELF = "self";
    public static final String ADMINISTRATOR = "administrator";

    private static final Set<String> KNOWN = Set.of("id", "version", "defaultLanguage", "languages", "enrolment",
            "completion", "title", "summary", "report", "finalAssessment");

    private List<String> comments = new ArrayList<>();
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
    private Map<String, Object> otherReportFields = new LinkedHashMap<>();
    private String finalId = "final";
    private QuizYaml finalAssessment = new QuizYaml();
    private Map<String, Object> otherFields = new LinkedHashMap<>();

    public static CourseYaml parse(String text) throws UnreadableFile {
        Map<String, Object> fields = YamlFile.fields(FILE, text);
        CourseYaml course = new CourseYaml();
        course.comments = YamlFile.openingComments(text);
        course.id = Texts.string(fields.get("id"), "");
        course.version = Texts.number(fields.get("version"), 1);
        course.defaultLanguage = Texts.string(fields.get("defaultLanguage"), "");
        course.languages = Texts.strings(fields.get("languages"));
        course.enrolment = Texts.string(fields.get("enrolment"), SELF);
        Map<?, ?> completion = Texts.fields(fields.get("completion"));
        course.lessonsRequired = !"none".equals(completion.get("lessons"));
        course.finalAssessmentRequired = !"none".equals(completion.get("finalAssessment"));
        course.title = Texts.localized(fields.get("title"));
        course.summary = Texts.localized(fields.get("summary"));
        Map<?, ?> report = Texts.fields(fields.get("report"));
        course.reportSymbol = Texts.string(report.get("symbol"), "");
        course.officialLanguages = Texts.strings(report.get("official"));
        course.coverage = Texts.string(report.get("coverage"), "all");
        report.forEach((key, value) -> {
            if (!Set.of("symbol", "official", "coverage").contains(String.valueOf(key))) {
                course.otherReportFields.put(String.valueOf(key), value);
            }
        });
        Map<?, ?> finalAssessment = Texts.fields(fields.get("finalAssessment"));
        course.finalId = Texts.string(finalAssessment.get("id"), "final");
        course.finalAssessment = QuizYaml.read(finalAssessment, 1);
        fields.forEach((key, value) -> {
            if (!KNOWN.contains(key)) {
                course.otherFields.put(key, value);
            }
        });
        return course;
    }

    /**
     * The file's text. The final assessment comes last: the reader takes everything from
     * {@code finalAssessment:} to the end of the file as its block.
     */
    public String write() {
        YamlWriter yaml = new YamlWriter().comment(comments)
                .field(0, "id", id)
                .field(0, "version", version)
                .field(0, "defaultLanguage", defaultLanguage)
                .list(0, "languages", languages)
                .field(0, "enrolment", enrolment)
                .open(0, "completion")
                .field(1, "lessons", lessonsRequired ? "required" : "none")
                .field(1, "finalAssessment", finalAssessmentRequired ? "required" : "none")
                .texts(0, "title", title, languages)
                .texts(0, "summary", summary, languages)
                .open(0, "report")
                .field(1, "symbol", reportSymbol)
                .list(1, "official", officialLanguages)
                .field(1, "coverage", coverage);
        yaml.other(1, otherReportFields).other(0, otherFields).open(0, "finalAssessment").field(1, "id", finalId);
        finalAssessment.write(yaml, 1, languages);
        return yaml.toString();
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
}
