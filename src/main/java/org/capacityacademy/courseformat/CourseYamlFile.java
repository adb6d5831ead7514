package org.capacityacademy.courseformat;

import org.capacityacademy.courseformat.yaml.YamlDocument;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A course's {@code course.yaml}, read leniently (a draft may be half-written; {@link CourseReader}
 * checks it) and changed field by field, the rest of the file, comments included, kept as it was.
 */
public record CourseYamlFile(YamlDocument yaml) implements Serializable {

    public static final String FILE = "course.yaml";
    public static final String SELF = "self";
    public static final String ADMINISTRATOR = "administrator";
    public static final String REQUIRED = "required";
    public static final String NONE = "none";

    /** Every field the reader takes, as {@code courses/README.md} documents them (nested ones with dots). */
    public static final List<String> FIELDS = java.util.stream.Stream.concat(java.util.stream.Stream.of("id", "version",
            "defaultLanguage", "languages", "enrolment", "completion.lessons", "completion.finalAssessment", "title",
            "summary", "report.symbol", "report.official", "report.coverage", "finalAssessment.id"),
            QuizFields.FIELDS.stream().map(field -> "finalAssessment." + field)).toList();

    public static CourseYamlFile of(String text) {
        return new CourseYamlFile(YamlDocument.of(text));
    }

    public String text() {
        return yaml.text();
    }

    public String id() {
        return Lenient.string(yaml.get("id"), "");
    }

    public int version() {
        return Lenient.number(yaml.get("version"), 1);
    }

    public String defaultLanguage() {
        return Lenient.string(yaml.get("defaultLanguage"), "");
    }

    /** The course's languages, the reference language first. */
    public List<String> languages() {
        return Lenient.strings(yaml.get("languages"));
    }

    public String enrolment() {
        return Lenient.string(yaml.get("enrolment"), SELF);
    }

    public boolean lessonsRequired() {
        return !NONE.equals(yaml.get("completion", "lessons"));
    }

    public boolean finalAssessmentRequired() {
        return !NONE.equals(yaml.get("completion", "finalAssessment"));
    }

    public Map<String, String> title() {
        return Lenient.texts(yaml.get("title"));
    }

    public Map<String, String> summary() {
        return Lenient.texts(yaml.get("summary"));
    }

    public String reportSymbol() {
        return Lenient.string(yaml.get("report", "symbol"), "");
    }

    public List<String> officialLanguages() {
        return Lenient.strings(yaml.get("report", "official"));
    }

    /** {@code all}: every report section quoted by exactly one lesson; {@code some}: lessons quote what they choose. */
    public String coverage() {
        return Lenient.string(yaml.get("report", "coverage"), "all");
    }

    public String finalId() {
        return Lenient.string(yaml.get("finalAssessment", "id"), "final");
    }

    public QuizFields finalAssessment() {
        return QuizFields.read(yaml, List.of("finalAssessment"), 1);
    }

    /** The language to show someone who reads {@code wanted}: that one when the course has it, else the default one. */
    public String shown(String wanted) {
        List<String> languages = languages();
        if (languages.contains(wanted)) {
            return wanted;
        }
        return !defaultLanguage().isEmpty() ? defaultLanguage() : languages.isEmpty() ? wanted : languages.get(0);
    }

    /** The settings, written over the file's: each field that differs is changed in place, the others left as they are. */
    public CourseYamlFile with(Settings settings) {
        YamlDocument written = yaml;
        written = QuizFields.withDefault(written, new Object[]{"id"}, settings.id(), "");
        written = QuizFields.withDefault(written, new Object[]{"version"}, settings.version(), 1);
        written = QuizFields.withDefault(written, new Object[]{"defaultLanguage"}, settings.defaultLanguage(), "");
        written = QuizFields.withDefault(written, new Object[]{"languages"}, settings.languages(), List.of());
        written = QuizFields.withDefault(written, new Object[]{"enrolment"}, settings.enrolment(), SELF);
        written = QuizFields.withDefault(written, new Object[]{"completion", "lessons"},
                settings.lessonsRequired() ? REQUIRED : NONE, REQUIRED);
        written = QuizFields.withDefault(written, new Object[]{"completion", "finalAssessment"},
                settings.finalAssessmentRequired() ? REQUIRED : NONE, REQUIRED);
        written = QuizFields.withDefault(written, new Object[]{"title"}, settings.title(), Map.of());
        written = QuizFields.withDefault(written, new Object[]{"summary"}, settings.summary(), Map.of());
        written = QuizFields.withDefault(written, new Object[]{"report", "symbol"}, settings.reportSymbol(), "");
        written = QuizFields.withDefault(written, new Object[]{"report", "official"}, settings.officialLanguages(), List.of());
        written = QuizFields.withDefault(written, new Object[]{"report", "coverage"}, settings.coverage(), "all");
        written = QuizFields.withDefault(written, new Object[]{"finalAssessment", "id"}, settings.finalId(), "final");
        return new CourseYamlFile(settings.finalAssessment().writeTo(written, List.of("finalAssessment"), 1));
    }

    /** What course.yaml says, field by field: what the course's settings page edits. */
    public record Settings(String id, int version, String defaultLanguage, List<String> languages, String enrolment,
                           boolean lessonsRequired, boolean finalAssessmentRequired, Map<String, String> title,
                           Map<String, String> summary, String reportSymbol, List<String> officialLanguages,
                           String coverage, String finalId, QuizFields finalAssessment) implements Serializable {
    }

    public Settings settings() {
        return new Settings(id(), version(), defaultLanguage(), languages(), enrolment(), lessonsRequired(),
                finalAssessmentRequired(), title(), summary(), reportSymbol(), officialLanguages(), coverage(), finalId(),
                finalAssessment());
    }

    /**
     * A new course.yaml with every field, in the order {@code courses/README.md} shows them. The
     * final assessment comes last.
     */
    public static CourseYamlFile create(Settings settings, List<String> openingComments) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", settings.id());
        fields.put("version", settings.version());
        fields.put("defaultLanguage", settings.defaultLanguage());
        fields.put("languages", settings.languages());
        fields.put("enrolment", settings.enrolment());
        Map<String, Object> completion = new LinkedHashMap<>();
        completion.put("lessons", settings.lessonsRequired() ? REQUIRED : NONE);
        completion.put("finalAssessment", settings.finalAssessmentRequired() ? REQUIRED : NONE);
        fields.put("completion", completion);
        fields.put("title", settings.title());
        fields.put("summary", settings.summary());
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("symbol", settings.reportSymbol());
        report.put("official", settings.officialLanguages());
        report.put("coverage", settings.coverage());
        fields.put("report", report);
        Map<String, Object> quiz = new LinkedHashMap<>();
        quiz.put("id", settings.finalId());
        quiz.putAll(settings.finalAssessment().fields());
        fields.put("finalAssessment", quiz);
        StringBuilder comments = new StringBuilder();
        openingComments.forEach(line -> comments.append("# ").append(line).append('\n'));
        YamlDocument written = YamlDocument.of(comments.toString());
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            written = written.with(List.of(field.getKey()), field.getValue());
        }
        return new CourseYamlFile(written);
    }
}
