package org.capacityacademy.courseformat;

import org.capacityacademy.courseformat.yaml.YamlDocument;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A module's {@code module.yaml} (its id, title, summary and quiz settings), read leniently and
 * changed field by field, the rest of the file kept as it was.
 */
public record ModuleYamlFile(YamlDocument yaml) implements Serializable {

    public static final String FILE = "module.yaml";

    /** Every field the reader takes, as {@code courses/README.md} documents them (nested ones with dots). */
    public static final List<String> FIELDS = java.util.stream.Stream.concat(java.util.stream.Stream.of("id", "title", "summary"),
            QuizFields.FIELDS.stream().map(field -> "quiz." + field)).toList();

    public static ModuleYamlFile of(String text) {
        return new ModuleYamlFile(YamlDocument.of(text));
    }

    public String text() {
        return yaml.text();
    }

    public String id() {
        return Lenient.string(yaml.get("id"), "");
    }

    public Map<String, String> title() {
        return Lenient.texts(yaml.get("title"));
    }

    public Map<String, String> summary() {
        return Lenient.texts(yaml.get("summary"));
    }

    public QuizFields quiz() {
        return QuizFields.read(yaml, List.of("quiz"), 0);
    }

    /** The module's id, texts and quiz written over the file's: what differs changes in place. */
    public ModuleYamlFile with(String id, Map<String, String> title, Map<String, String> summary, QuizFields quiz) {
        YamlDocument written = QuizFields.withDefault(yaml, new Object[]{"id"}, id, "");
        written = QuizFields.withDefault(written, new Object[]{"title"}, title, Map.of());
        written = QuizFields.withDefault(written, new Object[]{"summary"}, summary, Map.of());
        return new ModuleYamlFile(quiz.writeTo(written, List.of("quiz"), 0));
    }

    /** A new module.yaml: id, title, summary, then every quiz setting, as {@code courses/README.md} shows them. */
    public static ModuleYamlFile create(String id, Map<String, String> title, Map<String, String> summary, QuizFields quiz) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("title", title);
        fields.put("summary", summary);
        fields.put("quiz", quiz.fields());
        YamlDocument written = YamlDocument.of("");
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            written = written.with(List.of(field.getKey()), field.getValue());
        }
        return new ModuleYamlFile(written);
    }

    /** The quiz settings of a new module: titled as given, the format's defaults otherwise. */
    public static QuizFields newQuiz(Map<String, String> title) {
        return new QuizFields(title, 0, QuizFields.PASS_MARK, 0, 0, true, FeedbackTiming.AFTER_SUBMIT.fileName());
    }
}
