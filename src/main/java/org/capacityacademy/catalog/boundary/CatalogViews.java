package org.capacityacademy.catalog.boundary;

import org.capacityacademy.catalog.entity.QuizRules;
import org.capacityacademy.catalog.control.CourseLanguages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the public catalogue pages show: plain values in one language, nothing to lazy-load. */
public final class CatalogViews {

    private CatalogViews() {
    }

    /**
     * @param language      the language the texts are in, the one the reader gets
     *                      ({@link org.capacityacademy.catalog.control.CourseLanguages})
     * @param languages     the languages the course is offered in
     * @param glossaryTerms the terms of its glossary; 0 when it has none
     */
    public record CourseCard(long id, String code, String title, String summary, String language, List<String> languages,
                             int modules, int lessons, int minutes, boolean selfEnrolment, int glossaryTerms)
            implements Serializable {

        /** Whether the course is offered in a language (the page's, say). */
        public boolean offeredIn(String language) {
            return languages.contains(language);
        }
    }

    public record CourseOutline(CourseCard card, String finalCode, String finalTitle, int finalQuestions, int finalPassMark,
                                List<ModuleOutline> modules) implements Serializable {

        /** The first lesson after a module's in the syllabus; empty after the last module, or for a module no longer in it. */
        public Optional<LessonLink> firstLessonAfter(String moduleCode) {
            for (int i = 0; i < modules.size(); i++) {
                if (modules.get(i).code().equals(moduleCode)) {
                    return modules.subList(i + 1, modules.size()).stream().flatMap(m -> m.lessons().stream()).findFirst();
                }
            }
            return Optional.empty();
        }

        /** Whether the module is (still) one of the course's. */
        public boolean hasModule(String moduleCode) {
            return modules.stream().anyMatch(m -> m.code().equals(moduleCode));
        }
    }

    public record ModuleOutline(String code, String title, String summary, List<LessonLink> lessons,
                                String quizTitle, long questions, int passMark) implements Serializable {
    }

    public record LessonLink(long id, String code, String title, int minutes, List<String> covers) implements Serializable {
    }

    /**
     * A lesson in one language with the report sections it quotes.
     *
     * @param revision the published course it was read from (its code and version), which
     *                 identifies this text for as long as it is published; null for a draft
     */
    public record LessonView(long courseId, long id, String courseCode, String courseTitle, String moduleTitle, String code, String title,
                             String language, int minutes, List<String> objectives, List<KeyTermView> terms,
                             List<QuotedSection> quoted, String bodyHtml, LessonLink previous, LessonLink next,
                             String reportSymbol, String revision) implements Serializable {

        /** Whether any of its key terms is in the course's glossary (the lesson then links to it). */
        public boolean hasGlossaryTerms() {
            return terms.stream().anyMatch(term -> term.glossaryId() != null);
        }
    }

    /**
     * A key term: its text in the lesson's language first, then the others; its explanation.
     *
     * @param glossaryId the term's entry in the course's glossary, for a link to it; null when it has none
     */
    public record KeyTermView(String term, List<String> alsoKnownAs, String explanation, String glossaryId)
            implements Serializable {

        /** A term that links to no glossary entry (an author's draft). */
        public KeyTermView(String term, List<String> alsoKnownAs, String explanation) {
            this(term, alsoKnownAs, explanation, null);
        }

        /** The term in the other languages, e.g. "(ICT)" beside 信通技术. */
        public String also() {
            return alsoKnownAs.isEmpty() ? "" : "(" + String.join(" / ", alsoKnownAs) + ")";
        }
    }

    /** A paragraph or part of the report as quoted in a lesson. */
    public record QuotedSection(String id, String anchor, boolean numbered, List<String> blocks, boolean official)
            implements Serializable {
        /** The link to this section on the lesson page, e.g. {@code #para-26}. */
        public String href() {
            return "#" + anchor;
        }
    }

    /**
     * A quiz: a module's, or the course's final assessment ({@code moduleId} null).
     *
     * @param language    the language to show it in: the reader's, or the course's default
     * @param bankModules the modules whose question banks it draws from
     */
    public record QuizOutline(long courseId, String courseCode, Map<String, String> courseTitles, String code,
                              Long moduleId, Map<String, String> titles, String language, List<String> languages,
                              QuizRules rules, List<Long> bankModules) implements Serializable {

        public String title() {
            return titles.get(language);
        }

        public String courseTitle() {
            return courseTitles.get(language);
        }

        public boolean isFinalAssessment() {
            return moduleId == null;
        }
    }

    /**
     * A course's glossary in one language: its terms in that language's alphabetical order.
     *
     * @param language the language the terms and explanations are in, the one the reader gets
     */
    public record GlossaryView(CourseCard course, String language, List<GlossaryEntry> entries) implements Serializable {
    }

    /**
     * One term of a glossary in one language, and its explanation. (Its renderings in the other
     * languages are on the lessons that use it: with six languages they would make the glossary
     * page heavier than a first visit should be on a slow connection.)
     */
    public record GlossaryEntry(String id, String term, String explanation) implements Serializable {

        /** The anchor of the term on the glossary page, e.g. {@code term-ict}. */
        public String anchor() {
            return "term-" + id;
        }
    }

    /** What completes a course: every lesson in {@code requiredLessons} and, if so, passing the final assessment. */
    public record CompletionRule(Set<Long> requiredLessons, boolean finalAssessment) implements Serializable {
    }

    /**
     * What a completion record keeps of a course: its code and version, its titles in its
     * languages, its default language, the minutes of study of its lessons, its final assessment.
     */
    public record CourseFacts(long id, String code, int version, String defaultLanguage, Map<String, String> titles,
                              int minutes, String finalCode) implements Serializable {

        /**
         * The language a record in the given language names the course in, as a reader gets the
         * course ({@link org.capacityacademy.catalog.control.CourseLanguages}): that one, else the
         * language the learner chose for the course, else English, else the default.
         */
        public String languageFor(String language, Optional<String> chosen) {
            return new CourseLanguages(List.copyOf(titles.keySet()), defaultLanguage).shownTo(language, () -> chosen);
        }
    }

    /** A course or lesson by its code, with its title in each language the course has (to name it elsewhere, e.g. in xAPI). */
    public record PartNames(String code, Map<String, String> titles) implements Serializable {
    }
}
