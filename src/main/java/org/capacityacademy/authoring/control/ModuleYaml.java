package org.capacityacademy.authoring.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A module's {@code module.yaml} as editable fields (its id, title, summary and quiz
 * settings), written back in the layout of {@code courses/README.md}.
 */
public class ModuleYaml implements Serializable {

    public static final String FILE = "module.yaml";

    private static final Set<String> KNOWN = Set.of("id", "title", "summary", "quiz");

    private List<String> comments = new ArrayList<>();
    private String id = "";
    private Map<String, String> title = new LinkedHashMap<>();
    private Map<String, String> summary = new LinkedHashMap<>();
    private QuizYaml quiz = new QuizYaml();
    private Map<String, Object> otherFields = new LinkedHashMap<>();

    public static ModuleYaml parse(String path, String text) throws UnreadableFile {
        Map<String, Object> fields = YamlFile.fields(path, text);
        ModuleYaml module = new ModuleYaml();
        module.comments = YamlFile.openingComments(text);
        module.id = Texts.string(fields.get("id"), "");
        module.title = Texts.localized(fields.get("title"));
        module.summary = Texts.localized(fields.get("summary"));
        module.quiz = QuizYaml.read(Texts.fields(fields.get("quiz")), 0);
        fields.forEach((key, value) -> {
            if (!KNOWN.contains(key)) {
                module.otherFields.put(key, value);
            }
        });
        return module;
    }

    /** A new module with its texts (the quiz titled like the module until the author says otherwise). */
    public static ModuleYaml create(String id, Map<String, String> title, Map<String, String> summary,
                                    Map<String, String> quizTitle) {
        ModuleYaml module = new ModuleYaml();
        module.id = id;
        module.title = new LinkedHashMap<>(title);
        module.summary = new LinkedHashMap<>(summary);
        module.quiz.setTitle(quizTitle);
        return module;
    }

    /** The file's text, texts in the order of the course's languages. */
    public String write(List<String> languages) {
        YamlWriter yaml = new YamlWriter().comment(comments)
                .field(0, "id", id)
                .texts(0, "title", title, languages)
                .texts(0, "summary", summary, languages)
                .other(0, otherFields)
                .open(0, "quiz");
        quiz.write(yaml, 1, languages);
        return yaml.toString();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
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

    public QuizYaml getQuiz() {
        return quiz;
    }
}
