package org.capacityacademy.authoring.banks.control;

import org.capacityacademy.courseformat.gift.GiftQuestion.GiftAnswer;
import org.capacityacademy.courseformat.gift.GiftQuestion;
import org.capacityacademy.courseformat.gift.ModuleBank.Entry;
import org.capacityacademy.courseformat.gift.QuestionType;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One question as the editor holds it while an author types: what every language shares (id,
 * type, citations, which answers are right and their weights) and each language's texts. It
 * keeps whatever was typed, valid or not, so that nothing is lost when saving is refused.
 */
public class QuestionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One answer: its mark, shared by all languages, and its texts by language. */
    public static class Option implements Serializable {
        private static final long serialVersionUID = 1L;
        private boolean right;
        private String weight = "";
        private final Map<String, String> text = new HashMap<>();
        private final Map<String, String> match = new HashMap<>();
        private final Map<String, String> feedback = new HashMap<>();

        public boolean isRight() {
            return right;
        }

        public void setRight(boolean right) {
            this.right = right;
        }

        public String getWeight() {
            return weight;
        }

        public void setWeight(String weight) {
            this.weight = weight;
        }

        public Map<String, String> getText() {
            return text;
        }

        public Map<String, String> getMatch() {
            return match;
        }

        public Map<String, String> getFeedback() {
            return feedback;
        }
    }

    private String id = "";
    /** {@link GiftQuestion#HTML} for a question whose texts are HTML (imported from Moodle), null for plain text. */
    private String format;
    private String type = "single-choice";
    private String cites = "";
    private boolean trueStatement = true;
    private final List<String> languages;
    private final Map<String, String> text = new HashMap<>();
    private final Map<String, String> generalFeedback = new HashMap<>();
    private final Map<String, String> wrongFeedback = new HashMap<>();
    private final Map<String, String> rightFeedback = new HashMap<>();
    private final List<Option> options = new ArrayList<>();

    public QuestionForm(List<String> languages) {
        this.languages = List.copyOf(languages);
    }

    /** A new question with room for four answers. */
    public static QuestionForm blank(List<String> languages) {
        QuestionForm form = new QuestionForm(languages);
        for (int i = 0; i < 4; i++) {
            form.addOption();
        }
        return form;
    }

    public static QuestionForm of(Entry entry, List<String> languages) {
        QuestionForm form = new QuestionForm(languages);
        form.id = entry.id();
        form.format = entry.texts().values().iterator().next().format();
        form.type = typeName(entry.type());
        form.cites = String.join(", ", entry.cites());
        int answers = entry.texts().values().iterator().next().answers().size();
        if (entry.type() != QuestionType.TRUE_FALSE) {
            for (int i = 0; i < answers; i++) {
                form.addOption();
            }
        }
        for (String language : languages) {
            GiftQuestion question = entry.in(language);
            form.text.put(language, question.text());
            form.generalFeedback.put(language, orEmpty(question.generalFeedback()));
            if (entry.type() == QuestionType.TRUE_FALSE) {
                GiftAnswer key = question.answers().get(0);
                form.trueStatement = Boolean.parseBoolean(key.text());
                form.wrongFeedback.put(language, orEmpty(key.feedback()));
                form.rightFeedback.put(language, orEmpty(key.rightFeedback()));
                continue;
            }
            for (int i = 0; i < answers && i < question.answers().size(); i++) {
                GiftAnswer answer = question.answers().get(i);
                Option option = form.options.get(i);
                option.right = entry.type() == QuestionType.SINGLE_CHOICE ? answer.weight() >= 100 : answer.weight() > 0;
                option.weight = BigDecimal.valueOf(answer.weight()).stripTrailingZeros().toPlainString();
                option.text.put(language, answer.text());
                option.match.put(language, orEmpty(answer.match()));
                option.feedback.put(language, orEmpty(answer.feedback()));
            }
        }
        return form;
    }

    /** The question in every language, as the bank will hold it; call only once {@link QuestionCheck} finds no problem. */
    public Entry toEntry() {
        QuestionType questionType = questionType();
        List<String> citations = citations();
        Map<String, GiftQuestion> texts = new LinkedHashMap<>();
        for (String language : languages) {
            List<GiftAnswer> answers = new ArrayList<>();
            if (questionType == QuestionType.TRUE_FALSE) {
                answers.add(new GiftAnswer(String.valueOf(trueStatement), null, 100,
                        orNull(wrongFeedback.get(language)), orNull(rightFeedback.get(language))));
            } else {
                for (Option option : filledOptions()) {
                    double weight = switch (questionType) {
                        case MULTIPLE_CHOICE -> Double.parseDouble(option.weight.strip());
                        case SINGLE_CHOICE -> option.right ? 100 : partial(option.weight);
                        default -> 100;
                    };
                    answers.add(new GiftAnswer(strip(option.text.get(language)),
                            questionType == QuestionType.MATCHING ? strip(option.match.get(language)) : null,
                            weight, orNull(option.feedback.get(language)), null));
                }
            }
            texts.put(language, new GiftQuestion(id.strip(), questionType, strip(text.get(language)), answers,
                    orNull(generalFeedback.get(language)), citations, 0, format));
        }
        return new Entry(id.strip(), questionType, citations, texts);
    }

    /** A wrong choice's share of the mark, kept from the bank (a Moodle question may give one, e.g. 50); 0 otherwise. */
    private static double partial(String weight) {
        try {
            double value = Double.parseDouble(weight == null ? "" : weight.strip());
            return value > -100 && value < 100 ? value : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The options with some text in any language: empty rows left at the end of the form are not answers. */
    public List<Option> filledOptions() {
        return options.stream().filter(o -> languages.stream().anyMatch(l -> !strip(o.text.get(l)).isEmpty()
                || !strip(o.match.get(l)).isEmpty())).toList();
    }

    public void addOption() {
        options.add(new Option());
    }

    public void removeOption(int index) {
        if (index >= 0 && index < options.size()) {
            options.remove(index);
        }
    }

    public QuestionType questionType() {
        return QuestionType.valueOf(type.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    public List<String> citations() {
        return Arrays.stream(cites.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static String typeName(QuestionType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id == null ? "" : id;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getCites() {
        return cites;
    }

    public void setCites(String cites) {
        this.cites = cites == null ? "" : cites;
    }

    public boolean isTrueStatement() {
        return trueStatement;
    }

    public void setTrueStatement(boolean trueStatement) {
        this.trueStatement = trueStatement;
    }

    public Map<String, String> getText() {
        return text;
    }

    public Map<String, String> getGeneralFeedback() {
        return generalFeedback;
    }

    public Map<String, String> getWrongFeedback() {
        return wrongFeedback;
    }

    public Map<String, String> getRightFeedback() {
        return rightFeedback;
    }

    public List<Option> getOptions() {
        return options;
    }
}
