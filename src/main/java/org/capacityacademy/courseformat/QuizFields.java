package org.capacityacademy.courseformat;

import org.capacityacademy.courseformat.yaml.YamlDocument;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a quiz is taken, as a module's {@code quiz:} or the course's {@code finalAssessment:} states
 * it, read leniently: absent fields take the format's defaults.
 *
 * @param title     by language
 * @param draw      questions drawn at random; 0 = the whole bank
 * @param attempts  0 = unlimited
 * @param timeLimit minutes; 0 = none
 * @param feedback  as written: after-submit, after-last-attempt or score-only
 */
public record QuizFields(Map<String, String> title, int draw, int passMark, int attempts, int timeLimit, boolean shuffle,
                       String feedback) implements Serializable {

    public static final int MAX_DRAW = 1000;
    public static final int MAX_ATTEMPTS = 100;
    public static final int MAX_TIME_LIMIT = 600;
    public static final int PASS_MARK = 70;

    /** The fields of quiz settings, as {@code courses/README.md} documents them. */
    public static final List<String> FIELDS = List.of("title", "draw", "passMark", "attempts", "timeLimit", "shuffle", "feedback");

    public QuizFields {
        title = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(title));
    }

    static QuizFields read(YamlDocument yaml, List<Object> at, int defaultDraw) {
        return new QuizFields(Lenient.texts(yaml.get(path(at, "title"))), Lenient.number(yaml.get(path(at, "draw")), defaultDraw),
                Lenient.number(yaml.get(path(at, "passMark")), PASS_MARK), Lenient.number(yaml.get(path(at, "attempts")), 0),
                Lenient.number(yaml.get(path(at, "timeLimit")), 0), Lenient.flag(yaml.get(path(at, "shuffle")), true),
                Lenient.string(yaml.get(path(at, "feedback")), FeedbackTiming.AFTER_SUBMIT.fileName()));
    }

    /** The settings written into a document under {@code at}; a field the file leaves out stays out while it keeps its default. */
    YamlDocument writeTo(YamlDocument yaml, List<Object> at, int defaultDraw) {
        YamlDocument written = withDefault(yaml, path(at, "title"), title, Map.of());
        written = withDefault(written, path(at, "draw"), draw, defaultDraw);
        written = withDefault(written, path(at, "passMark"), passMark, PASS_MARK);
        written = withDefault(written, path(at, "attempts"), attempts, 0);
        written = withDefault(written, path(at, "timeLimit"), timeLimit, 0);
        written = withDefault(written, path(at, "shuffle"), shuffle, true);
        return withDefault(written, path(at, "feedback"), feedback, FeedbackTiming.AFTER_SUBMIT.fileName());
    }

    /** Sets a field, unless the file leaves it out and the value is the default it stands for. */
    static YamlDocument withDefault(YamlDocument yaml, Object[] path, Object value, Object byDefault) {
        if (yaml.readable() && !yaml.has(path) && value.equals(byDefault)) {
            return yaml;
        }
        return yaml.with(List.of(path), value);
    }

    static Object[] path(List<Object> at, String field) {
        List<Object> path = new ArrayList<>(at);
        path.add(field);
        return path.toArray();
    }

    /** The settings in the order {@code courses/README.md} shows them, for a new file. */
    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("draw", draw);
        fields.put("passMark", passMark);
        fields.put("attempts", attempts);
        fields.put("timeLimit", timeLimit);
        fields.put("shuffle", shuffle);
        fields.put("feedback", feedback);
        return fields;
    }
}
