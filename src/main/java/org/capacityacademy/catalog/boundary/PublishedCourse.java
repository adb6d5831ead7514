package org.capacityacademy.catalog.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.capacityacademy.catalog.boundary.CatalogViews.CompletionRule;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseCard;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseFacts;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseOutline;
import org.capacityacademy.catalog.boundary.CatalogViews.GlossaryEntry;
import org.capacityacademy.catalog.boundary.CatalogViews.GlossaryView;
import org.capacityacademy.catalog.boundary.CatalogViews.KeyTermView;
import org.capacityacademy.catalog.boundary.CatalogViews.LessonLink;
import org.capacityacademy.catalog.boundary.CatalogViews.LessonView;
import org.capacityacademy.catalog.boundary.CatalogViews.ModuleOutline;
import org.capacityacademy.catalog.boundary.CatalogViews.PartNames;
import org.capacityacademy.catalog.boundary.CatalogViews.QuizOutline;
import org.capacityacademy.catalog.boundary.CatalogViews.QuotedSection;
import org.capacityacademy.catalog.control.CourseLanguages;
import org.capacityacademy.courseformat.Glossary;
import org.capacityacademy.catalog.entity.Course;
import org.capacityacademy.catalog.entity.CourseModule;
import org.capacityacademy.catalog.entity.CourseText;
import org.capacityacademy.catalog.entity.Lesson;
import org.capacityacademy.catalog.entity.LessonText;
import org.capacityacademy.catalog.entity.ModuleText;
import org.capacityacademy.catalog.entity.QuizRules;
import org.capacityacademy.catalog.entity.ReportSection;
import org.capacityacademy.courseformat.html.AuthoredHtml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One course as published, read from the database once and then shared by every request until
 * the course changes (its row's version, see {@link PublishedCourses}). Nothing in it changes
 * after it is built; the views the pages show (a lesson in one language, the syllabus in one
 * language) are made once each, on first use, and kept with it.
 *
 * <p>Why: every catalogue, lesson, quiz and attempt request used to build the course's modules,
 * lessons and report sections from EclipseLink's shared cache. Under load, readers building the
 * same cached objects waited for each other on the cache's locks (a lesson page at 50 users
 * could wait more than 15 s), and rendering the explanation parsed and sanitised it each time.
 */
final class PublishedCourse {

    private static final Jsonb JSON = JsonbBuilder.create();

    record ModulePart(long id, String code, boolean retired, QuizRules quiz, Map<String, ModuleText> texts) {
        /** Its text in the language, or null when it has none there. */
        ModuleText textIn(String language) {
            return texts.get(language);
        }

        /**
         * Its text in the language shown, else in the course's default language, else in any: a module
         * an author has not written in every language of its course yet still has a title on every page.
         */
        ModuleText shownIn(String language, String fallback) {
            ModuleText text = texts.get(language);
            if (text == null) {
                text = texts.get(fallback);
            }
            if (text == null) {
                text = texts.values().stream().findFirst().orElse(null);
            }
            return text != null ? text : new ModuleText(code, "", "");
        }
    }

    record LessonPart(long id, String code, long moduleId, int minutes, boolean optional, List<String> covers,
                      Map<String, LessonText> texts) {
    }

    final long id;
    final String code;
    final long version;
    private final int contentVersion;
    private final String defaultLanguage;
    private final List<String> languages;
    private final CourseLanguages offered;
    private final Glossary glossary;
    private final String reportSymbol;
    private final String finalCode;
    private final QuizRules finalQuiz;
    private final boolean selfEnrolment;
    private final boolean completedByLessons;
    private final boolean completedByFinal;
    private final Map<String, CourseText> texts;
    private final List<ModulePart> modules;
    private final List<LessonPart> lessons;
    private final Map<String, Map<String, ReportSection.SectionText>> sections;
    private final Map<Long, Long> questions;
    private final Map<String, LessonView> lessonViews = new ConcurrentHashMap<>();
    private final Map<String, CourseOutline> outlines = new ConcurrentHashMap<>();
    private final Map<String, GlossaryView> glossaries = new ConcurrentHashMap<>();

    /**
     * @param modules   all of the course's modules, retired ones too (an attempt may have started on one), in order
     * @param lessons   its lessons in use, in order
     * @param sections  its report's sections
     * @param questions the questions in use in each module's bank, by the module's id
     * @param glossary  its glossary, as published with its files
     */
    PublishedCourse(Course course, long version, List<CourseModule> modules, List<Lesson> lessons,
                    List<ReportSection> sections, Map<Long, Long> questions, Glossary glossary) {
        this.id = course.getId();
        this.code = course.getCode();
        this.version = version;
        this.contentVersion = course.getContentVersion();
        this.defaultLanguage = course.getDefaultLanguage();
        this.languages = List.copyOf(course.getLanguages());
        this.offered = new CourseLanguages(languages, defaultLanguage);
        this.glossary = glossary;
        this.reportSymbol = course.getReportSymbol();
        this.finalCode = course.getFinalCode();
        this.finalQuiz = course.getFinalQuiz().copy();
        this.selfEnrolment = course.isSelfEnrolment();
        this.completedByLessons = course.isCompletedByLessons();
        this.completedByFinal = course.isCompletedByFinalAssessment();
        Map<String, CourseText> courseTexts = new HashMap<>();
        languages.forEach(language -> {
            CourseText text = course.textIn(language);
            courseTexts.put(language, new CourseText(text.getTitle(), text.getSummary(), text.getFinalTitle()));
        });
        this.texts = Collections.unmodifiableMap(courseTexts);
        this.modules = modules.stream().map(module -> new ModulePart(module.getId(), module.getCode(), module.isRetired(),
                module.getQuiz().copy(), copy(languages, module::textIn,
                        text -> new ModuleText(text.getTitle(), text.getSummary(), text.getQuizTitle())))).toList();
        this.lessons = lessons.stream().map(lesson -> new LessonPart(lesson.getId(), lesson.getCode(),
                lesson.getModule().getId(), lesson.getMinutes(), lesson.isOptional(), List.copyOf(lesson.getCovers()),
                copy(languages, lesson::textIn, text -> new LessonText(text.getTitle(), text.getObjectives(),
                        text.getTerms(), AuthoredHtml.shown(text.getBodyHtml()))))).toList();
        Map<String, Map<String, ReportSection.SectionText>> sectionTexts = new HashMap<>();
        sections.forEach(section -> sectionTexts.putIfAbsent(section.getCode(), copy(languages, section::textIn,
                text -> new ReportSection.SectionText(text.isOfficial(), text.getBody()))));
        this.sections = Collections.unmodifiableMap(sectionTexts);
        this.questions = Map.copyOf(questions);
    }

    private static <T> Map<String, T> copy(List<String> languages, Function<String, T> textIn, Function<T, T> copy) {
        Map<String, T> copies = new HashMap<>();
        for (String language : languages) {
            T text = textIn.apply(language);
            if (text != null) {
                copies.put(language, copy.apply(text));
            }
        }
        return Collections.unmodifiableMap(copies);
    }

    /** The language a reader gets the course's texts in ({@link CourseLanguages}). */
    String shown(ReaderLanguages reader) {
        return offered.shownTo(reader.page(), () -> reader.chosenFor(code));
    }

    private List<ModulePart> modulesInUse() {
        return modules.stream().filter(m -> !m.retired()).toList();
    }

    CourseCard card(ReaderLanguages reader) {
        return cardIn(shown(reader));
    }

    private CourseCard cardIn(String shown) {
        return new CourseCard(id, code, texts.get(shown).getTitle(), texts.get(shown).getSummary(), shown, languages,
                modulesInUse().size(), lessons.size(), lessons.stream().mapToInt(LessonPart::minutes).sum(), selfEnrolment,
                glossary.terms().size());
    }

    CourseOutline outline(ReaderLanguages reader) {
        return outlines.computeIfAbsent(shown(reader), shown -> {
            CourseCard card = cardIn(shown);
            List<ModuleOutline> outlines = modulesInUse().stream().map(module -> new ModuleOutline(module.code(),
                    module.shownIn(shown, defaultLanguage).getTitle(), module.shownIn(shown, defaultLanguage).getSummary(),
                    lessons.stream().filter(l -> l.moduleId() == module.id()).map(l -> link(l, shown)).toList(),
                    module.shownIn(shown, defaultLanguage).getQuizTitle(), questions.getOrDefault(module.id(), 0L),
                    module.quiz().getPassMark())).toList();
            return new CourseOutline(card, finalCode, texts.get(shown).getFinalTitle(), finalQuiz.getDraw(),
                    finalQuiz.getPassMark(), outlines);
        });
    }

    Optional<LessonView> lesson(String lessonCode, ReaderLanguages reader) {
        String shown = shown(reader);
        int index = indexOf(lessonCode);
        if (index < 0) {
            return Optional.empty();
        }
        return Optional.of(lessonViews.computeIfAbsent(lessonCode + '\n' + shown, key -> lessonView(index, shown)));
    }

    private int indexOf(String lessonCode) {
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).code().equals(lessonCode)) {
                return i;
            }
        }
        return -1;
    }

    private LessonView lessonView(int index, String shown) {
        LessonPart lesson = lessons.get(index);
        LessonText text = lesson.texts().get(shown);
        if (text == null) {   // a lesson not yet written in every language of its course: shown in one it has
            text = lesson.texts().values().stream().findFirst().orElseThrow();
        }
        ModulePart module = modules.stream().filter(m -> m.id() == lesson.moduleId()).findFirst().orElseThrow();
        List<QuotedSection> quoted = lesson.covers().stream().filter(sections::containsKey)
                .map(section -> quote(section, sections.get(section).get(shown))).toList();
        return new LessonView(id, lesson.id(), code, texts.get(shown).getTitle(), module.shownIn(shown, defaultLanguage).getTitle(),
                lesson.code(), text.getTitle(), shown, lesson.minutes(), objectives(text), terms(text, shown), quoted,
                text.getBodyHtml(), index > 0 ? link(lessons.get(index - 1), shown) : null,
                index + 1 < lessons.size() ? link(lessons.get(index + 1), shown) : null, reportSymbol, code + "@" + version);
    }

    Set<Long> lessonIds() {
        return lessons.stream().map(LessonPart::id).collect(Collectors.toUnmodifiableSet());
    }

    /** The lesson's titles in the course's languages, when it is one of the lessons in use. */
    Optional<PartNames> lessonNames(long lessonId) {
        return lessons.stream().filter(l -> l.id() == lessonId).findFirst()
                .map(lesson -> new PartNames(lesson.code(), titles(language -> lesson.texts().get(language) == null
                        ? null : lesson.texts().get(language).getTitle())));
    }

    PartNames names() {
        return new PartNames(code, titles(language -> texts.get(language).getTitle()));
    }

    CourseFacts facts() {
        return new CourseFacts(id, code, contentVersion, defaultLanguage, titles(language -> texts.get(language).getTitle()),
                lessons.stream().mapToInt(LessonPart::minutes).sum(), finalCode);
    }

    CompletionRule completionRule() {
        return new CompletionRule(completedByLessons ? lessons.stream().filter(l -> !l.optional()).map(LessonPart::id)
                .collect(Collectors.toSet()) : Set.of(), completedByFinal);
    }

    Map<String, String> lessonOfSection() {
        Map<String, String> lessonOf = new HashMap<>();
        lessons.forEach(lesson -> lesson.covers().forEach(section -> lessonOf.putIfAbsent(section, lesson.code())));
        return lessonOf;
    }

    boolean allowsSelfEnrolment() {
        return selfEnrolment;
    }

    /**
     * A module's quiz (named by the module's code) or the final assessment; {@code retiredToo}
     * finds the quiz of a module that has left the course (an attempt started before).
     */
    Optional<QuizOutline> quiz(String quizCode, ReaderLanguages reader, boolean retiredToo) {
        String shown = shown(reader);
        Map<String, String> courseTitles = titles(l -> texts.get(l).getTitle());
        if (finalCode.equals(quizCode)) {
            return Optional.of(new QuizOutline(id, code, courseTitles, quizCode, null,
                    titles(l -> texts.get(l).getFinalTitle()), shown, languages, finalQuiz,
                    modulesInUse().stream().map(ModulePart::id).toList()));
        }
        return modules.stream().filter(m -> retiredToo || !m.retired()).filter(m -> m.code().equals(quizCode)).findFirst()
                .map(module -> {
                    Map<String, String> titles = new LinkedHashMap<>();
                    languages.forEach(l -> titles.put(l, module.textIn(l) == null ? "" : module.textIn(l).getQuizTitle()));
                    return new QuizOutline(id, code, courseTitles, quizCode, module.id(), titles, shown, languages,
                            module.quiz(), List.of(module.id()));
                });
    }

    private Map<String, String> titles(Function<String, String> title) {
        Map<String, String> titles = new LinkedHashMap<>();
        languages.forEach(language -> {
            String text = title.apply(language);
            if (text != null) {
                titles.put(language, text);
            }
        });
        return titles;
    }

    private static QuotedSection quote(String section, ReportSection.SectionText text) {
        boolean numbered = section.matches("\\d+");
        return new QuotedSection(section, (numbered ? "para-" : "part-") + section, numbered,
                List.of(text.getBody().split("\n\n")), text.isOfficial());
    }

    /** A link to a lesson, titled in the language shown (in another of its languages, or by its code, while it lacks that one). */
    private static LessonLink link(LessonPart lesson, String language) {
        LessonText text = lesson.texts().get(language);
        if (text == null) {
            text = lesson.texts().values().stream().findFirst().orElse(null);
        }
        return new LessonLink(lesson.id(), lesson.code(), text == null ? lesson.code() : text.getTitle(), lesson.minutes(),
                lesson.covers());
    }

    @SuppressWarnings("unchecked")
    private static List<String> objectives(LessonText text) {
        return List.copyOf(JSON.fromJson(text.getObjectives(), List.class));
    }

    @SuppressWarnings("unchecked")
    private List<KeyTermView> terms(LessonText text, String language) {
        List<Map<String, Object>> terms = JSON.fromJson(text.getTerms(), List.class);
        List<KeyTermView> views = new ArrayList<>();
        for (Map<String, Object> term : terms) {
            Map<String, String> names = (Map<String, String>) term.get("term");
            List<String> others = names.entrySet().stream().filter(e -> !e.getKey().equals(language))
                    .map(Map.Entry::getValue).toList();
            views.add(new KeyTermView(names.get(language), others, String.valueOf(term.get("explanation")),
                    glossary.find(language, names.get(language)).map(Glossary.Term::id).orElse(null)));
        }
        return List.copyOf(views);
    }

    /** The glossary in the language the reader gets, its terms in that language's order; made once per language. */
    GlossaryView glossary(ReaderLanguages reader) {
        return glossaries.computeIfAbsent(shown(reader), shown -> new GlossaryView(cardIn(shown), shown,
                glossary.sortedIn(shown).stream().map(term -> new GlossaryEntry(term.id(), term.renderings().get(shown),
                        term.explanations().getOrDefault(shown, ""))).toList()));
    }
}
