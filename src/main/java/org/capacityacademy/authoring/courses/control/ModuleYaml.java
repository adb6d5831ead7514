package org.capacityacademy.authoring.courses.control;

import org.capacityacademy.authoring.drafts.control.UnreadableFile;
import org.capacityacademy.courseformat.ModuleYamlFile;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A module's {@code module.yaml} as the module page edits it (its id, title, summary and quiz
 * settings). Saving writes the fields over the file read, which keeps everything else it holds.
 */
public class ModuleYaml implements Serializable {

    public static final String FILE = ModuleYamlFile.FILE;

    private ModuleYamlFile file;
    private String id = "";
    private Map<String, String> title = new LinkedHashMap<>();
    private Map<String, String> summary = new LinkedHashMap<>();
    private QuizYaml quiz = new QuizYaml();

    public static ModuleYaml parse(String path, String text) throws UnreadableFile {
        ModuleYamlFile file = ModuleYamlFile.of(text == null ? "" : text);
        UnreadableFile.check(path, file.yaml());
        ModuleYaml module = new ModuleYaml();
        module.file = file;
        module.id = file.id();
        module.title = new LinkedHashMap<>(file.title());
        module.summary = new LinkedHashMap<>(file.summary());
        module.quiz = QuizYaml.of(file.quiz());
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
        Map<String, String> titles = CourseYaml.ordered(title, languages);
        Map<String, String> summaries = CourseYaml.ordered(summary, languages);
        return (file == null ? ModuleYamlFile.create(id, titles, summaries, quiz.fields(languages))
                : file.with(id, titles, summaries, quiz.fields(languages))).text();
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
