package org.capacityacademy.courseformat;

import org.capacityacademy.courseformat.gift.GiftQuestion;
import org.capacityacademy.courseformat.gift.QuestionType;

import java.util.List;
import java.util.Map;

/**
 * A course as its files state it, checked and complete in every language it offers; what
 * the import stores. Texts are maps from language code to text.
 */
public record CourseDefinition(String code, int version, String defaultLanguage, List<String> languages,
                               Map<String, String> title, Map<String, String> summary,
                               String reportSymbol, List<String> officialLanguages,
                               List<ReportSection> report, List<ModuleDefinition> modules,
                               FinalAssessment finalAssessment, boolean selfEnrolment, Completion completion,
                               List<GlossaryTerm> glossary) {

    /** A term of the course's glossary: its rendering and its explanation in each language. */
    public record GlossaryTerm(String id, Map<String, String> term, Map<String, String> explanation) {
    }

    /**
     * What the course says, for {@link ContentHash}: the components in their order, as a record
     * prints them. A course without a glossary prints as it did before courses had glossaries, so
     * that its hash, and with it what the import takes as changed, stays the same.
     */
    @Override
    public String toString() {
        return "CourseDefinition[code=" + code + ", version=" + version + ", defaultLanguage=" + defaultLanguage
                + ", languages=" + languages + ", title=" + title + ", summary=" + summary + ", reportSymbol=" + reportSymbol
                + ", officialLanguages=" + officialLanguages + ", report=" + report + ", modules=" + modules
                + ", finalAssessment=" + finalAssessment + ", selfEnrolment=" + selfEnrolment + ", completion=" + completion
                + (glossary.isEmpty() ? "" : ", glossary=" + glossary) + "]";
    }

    /**
     * What completes the course: every required lesson (those not marked optional), passing the
     * final assessment, or both (the default).
     */
    public record Completion(boolean lessons, boolean finalAssessment) {
        public static final Completion DEFAULT = new Completion(true, true);
    }

    /** One paragraph (or unnumbered part) of the report, in each language. */
    public record ReportSection(String id, Map<String, String> text) {
    }

    public record ModuleDefinition(String code, Map<String, String> title, Map<String, String> summary,
                                   Map<String, String> quizTitle, QuizSettings quiz,
                                   List<LessonDefinition> lessons, List<QuestionDefinition> questions) {
    }

    /**
     * How a quiz is taken, as the files state it.
     *
     * @param draw      questions drawn at random; 0 = all of the bank
     * @param attempts  0 = unlimited
     * @param timeLimit minutes; 0 = none
     */
    public record QuizSettings(int draw, int passMark, int attempts, int timeLimit, boolean shuffle,
                               FeedbackTiming feedback) {
    }

    public record LessonDefinition(String code, Map<String, String> title, List<String> covers, int minutes,
                                   boolean optional, Map<String, List<String>> objectives, List<KeyTerm> terms,
                                   Map<String, String> bodyHtml) {
    }

    /** A key term: the term in each language, and its explanation in each language. */
    public record KeyTerm(Map<String, String> term, Map<String, String> explanation) {
    }

    /** One question of a module's bank, as its GIFT file in each language states it. */
    public record QuestionDefinition(String code, QuestionType type, List<String> cites,
                                     Map<String, GiftQuestion> text) {
    }

    public record FinalAssessment(String code, Map<String, String> title, QuizSettings quiz) {
    }

    public int questionCount() {
        return modules.stream().mapToInt(m -> m.questions().size()).sum();
    }

    public int lessonCount() {
        return modules.stream().mapToInt(m -> m.lessons().size()).sum();
    }
}
