package org.capacityacademy.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.platform.control.ReadOnly;
import org.capacityacademy.assessment.boundary.QuestionBanks;
import org.capacityacademy.catalog.boundary.CatalogViews.CompletionRule;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseCard;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseFacts;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseOutline;
import org.capacityacademy.catalog.boundary.CatalogViews.KeyTermView;
import org.capacityacademy.catalog.boundary.CatalogViews.LessonLink;
import org.capacityacademy.catalog.boundary.CatalogViews.LessonView;
import org.capacityacademy.catalog.boundary.CatalogViews.QuizOutline;
import org.capacityacademy.catalog.boundary.CatalogViews.ModuleOutline;
import org.capacityacademy.catalog.boundary.CatalogViews.PartNames;
import org.capacityacademy.catalog.boundary.CatalogViews.QuotedSection;
import org.capacityacademy.catalog.control.AuthoredHtml;
import org.capacityacademy.catalog.entity.Course;
import org.capacityacademy.catalog.entity.CourseModule;
import org.capacityacademy.catalog.entity.Lesson;
import org.capacityacademy.catalog.entity.LessonText;
import org.capacityacademy.catalog.entity.ReportSection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashMap;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public catalogue: courses, their syllabus, and lessons with the report paragraphs they
 * quote, each in the reader's language when the course offers it, else in its default one.
 * A lesson's explanation passes the authored-HTML policy again as it is shown, whatever wrote it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Catalog {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    QuestionBanks banks;

    public List<CourseCard> courses(String language) {
        return em.createNamedQuery(Course.FIND_ALL, Course.class).getResultStream()
                .map(course -> card(course, lessons(course), modules(course).size(), language)).toList();
    }

    public Optional<CourseOutline> course(String code, String language) {
        return find(code).map(course -> outline(course, language));
    }

    public Optional<CourseOutline> course(long id, String language) {
        return Optional.ofNullable(em.find(Course.class, id, ReadOnly.HINTS)).map(course -> outline(course, language));
    }

    private CourseOutline outline(Course course, String language) {
        {
            List<CourseModule> modules = modules(course);
            List<Lesson> lessons = lessons(course);
            CourseCard card = card(course, lessons, modules.size(), language);
            Map<Long, Long> questions = banks.countsByModule(course.getId());
            List<ModuleOutline> outlines = modules.stream().map(module -> new ModuleOutline(module.getCode(),
                    module.textIn(card.language()).getTitle(), module.textIn(card.language()).getSummary(),
                    lessons.stream().filter(l -> l.getModule().getId().equals(module.getId()))
                            .map(l -> link(l, card.language())).toList(),
                    module.textIn(card.language()).getQuizTitle(), questions.getOrDefault(module.getId(), 0L),
                    module.getQuiz().getPassMark())).toList();
            return new CourseOutline(card, course.getFinalCode(), course.textIn(card.language()).getFinalTitle(),
                    course.getFinalQuiz().getDraw(), course.getFinalQuiz().getPassMark(), outlines);
        }
    }

    public Optional<LessonView> lesson(String courseCode, String lessonCode, String language) {
        Optional<Course> found = find(courseCode);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Course course = found.get();
        String shown = course.getLanguages().contains(language) ? language : course.getDefaultLanguage();
        List<Lesson> lessons = lessons(course);
        int index = lessons.stream().map(Lesson::getCode).toList().indexOf(lessonCode);
        if (index < 0) {
            return Optional.empty();
        }
        Lesson lesson = lessons.get(index);
        LessonText text = lesson.textIn(shown);
        Map<String, ReportSection> sections = em.createNamedQuery(ReportSection.FIND_BY_CODES, ReportSection.class)
                .setParameter("course", course.getId()).setParameter("codes", lesson.getCovers()).getResultStream()
                .collect(Collectors.toMap(ReportSection::getCode, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<QuotedSection> quoted = lesson.getCovers().stream().map(sections::get).filter(s -> s != null)
                .map(section -> quote(section, shown)).toList();
        return Optional.of(new LessonView(course.getId(), lesson.getId(), course.getCode(), course.textIn(shown).getTitle(),
                lesson.getModule().textIn(shown).getTitle(), lesson.getCode(), text.getTitle(), shown,
                lesson.getMinutes(), objectives(text), terms(text, shown), quoted, AuthoredHtml.shown(text.getBodyHtml()),
                index > 0 ? link(lessons.get(index - 1), shown) : null,
                index + 1 < lessons.size() ? link(lessons.get(index + 1), shown) : null, course.getReportSymbol()));
    }

    /** The lessons in use in a course; empty when there is no such course. */
    public Set<Long> lessonIds(long courseId) {
        return Optional.ofNullable(em.find(Course.class, courseId, ReadOnly.HINTS))
                .map(course -> lessons(course).stream().map(Lesson::getId).collect(Collectors.toSet())).orElse(Set.of());
    }

    public Optional<CourseFacts> courseFacts(long courseId) {
        return Optional.ofNullable(em.find(Course.class, courseId, ReadOnly.HINTS)).map(course -> new CourseFacts(course.getId(),
                course.getCode(), course.getContentVersion(), course.getDefaultLanguage(),
                titles(course, language -> course.textIn(language).getTitle()),
                lessons(course).stream().mapToInt(Lesson::getMinutes).sum(), course.getFinalCode()));
    }

    /** What completes a course: the lessons that must be completed, and whether the final assessment must be passed. */
    public Optional<CompletionRule> completionRule(long courseId) {
        return Optional.ofNullable(em.find(Course.class, courseId, ReadOnly.HINTS)).map(course -> new CompletionRule(
                course.isCompletedByLessons() ? lessons(course).stream().filter(l -> !l.isOptional()).map(Lesson::getId)
                        .collect(Collectors.toSet()) : Set.of(), course.isCompletedByFinalAssessment()));
    }

    /** The code of the lesson quoting each report section of a course, by the section's code. */
    public Map<String, String> lessonOfSection(long courseId) {
        Map<String, String> lessonOf = new HashMap<>();
        Optional.ofNullable(em.find(Course.class, courseId, ReadOnly.HINTS)).ifPresent(course -> lessons(course)
                .forEach(lesson -> lesson.getCovers().forEach(section -> lessonOf.putIfAbsent(section, lesson.getCode()))));
        return lessonOf;
    }

    /** Whether learners may enrol themselves in a course; false when there is no such course. */
    public boolean allowsSelfEnrolment(long courseId) {
        Course course = em.find(Course.class, courseId, ReadOnly.HINTS);
        return course != null && course.isSelfEnrolment();
    }

    public boolean exists(long courseId) {
        return em.find(Course.class, courseId, ReadOnly.HINTS) != null;
    }

    /** A course's titles in its languages; read from the shared cache, cheap enough for every lesson view. */
    public Optional<PartNames> courseNames(long courseId) {
        return Optional.ofNullable(em.find(Course.class, courseId, ReadOnly.HINTS)).map(course -> new PartNames(course.getCode(),
                titles(course, language -> course.textIn(language).getTitle())));
    }

    /** A lesson's titles in its course's languages. */
    public Optional<PartNames> lessonNames(long courseId, long lessonId) {
        Course course = em.find(Course.class, courseId, ReadOnly.HINTS);
        Lesson lesson = em.find(Lesson.class, lessonId, ReadOnly.HINTS);
        if (course == null || lesson == null) {
            return Optional.empty();
        }
        return Optional.of(new PartNames(lesson.getCode(), titles(course, language -> lesson.textIn(language) == null
                ? null : lesson.textIn(language).getTitle())));
    }

    private static Map<String, String> titles(Course course, Function<String, String> title) {
        Map<String, String> titles = new LinkedHashMap<>();
        course.getLanguages().forEach(language -> {
            String text = title.apply(language);
            if (text != null) {
                titles.put(language, text);
            }
        });
        return titles;
    }

    private static QuotedSection quote(ReportSection section, String language) {
        ReportSection.SectionText text = section.textIn(language);
        boolean numbered = section.getCode().matches("\\d+");
        return new QuotedSection(section.getCode(), (numbered ? "para-" : "part-") + section.getCode(), numbered,
                List.of(text.getBody().split("\n\n")), text.isOfficial());
    }

    @SuppressWarnings("unchecked")
    private static List<String> objectives(LessonText text) {
        return JSON.fromJson(text.getObjectives(), List.class);
    }

    @SuppressWarnings("unchecked")
    private static List<KeyTermView> terms(LessonText text, String language) {
        List<Map<String, Object>> terms = JSON.fromJson(text.getTerms(), List.class);
        List<KeyTermView> views = new ArrayList<>();
        for (Map<String, Object> term : terms) {
            Map<String, String> names = (Map<String, String>) term.get("term");
            List<String> others = names.entrySet().stream().filter(e -> !e.getKey().equals(language))
                    .map(Map.Entry::getValue).toList();
            views.add(new KeyTermView(names.get(language), others, String.valueOf(term.get("explanation"))));
        }
        return views;
    }

    private CourseCard card(Course course, List<Lesson> lessons, int modules, String language) {
        String shown = course.getLanguages().contains(language) ? language : course.getDefaultLanguage();
        return new CourseCard(course.getId(), course.getCode(), course.textIn(shown).getTitle(), course.textIn(shown).getSummary(),
                shown, course.getLanguages(), modules, lessons.size(), lessons.stream().mapToInt(Lesson::getMinutes).sum(),
                course.isSelfEnrolment());
    }

    private static LessonLink link(Lesson lesson, String language) {
        return new LessonLink(lesson.getId(), lesson.getCode(), lesson.textIn(language).getTitle(), lesson.getMinutes(), lesson.getCovers());
    }

    /**
     * A module's quiz (named by the module's id) or the course's final assessment (named by its id),
     * with its rules and the modules whose banks it draws from.
     */
    public Optional<QuizOutline> quiz(String courseCode, String quizCode, String language) {
        return find(courseCode).flatMap(course -> quiz(course, quizCode, language, false));
    }

    /**
     * The quiz an attempt was started on, also when its module has since left the course: an
     * attempt opened before a publish finishes (is answered, submitted, reviewed) on it.
     */
    public Optional<QuizOutline> quizAsStarted(long courseId, String quizCode, String language) {
        return Optional.ofNullable(em.find(Course.class, courseId, ReadOnly.HINTS))
                .flatMap(course -> quiz(course, quizCode, language, true));
    }

    private Optional<QuizOutline> quiz(Course course, String quizCode, String language, boolean retiredToo) {
        String shown = course.getLanguages().contains(language) ? language : course.getDefaultLanguage();
        Map<String, String> courseTitles = new LinkedHashMap<>();
        course.getLanguages().forEach(l -> courseTitles.put(l, course.textIn(l).getTitle()));
        List<CourseModule> modules = modules(course);
        if (course.getFinalCode().equals(quizCode)) {
            Map<String, String> titles = new LinkedHashMap<>();
            course.getLanguages().forEach(l -> titles.put(l, course.textIn(l).getFinalTitle()));
            return Optional.of(new QuizOutline(course.getId(), course.getCode(), courseTitles, quizCode, null, titles,
                    shown, course.getLanguages(), course.getFinalQuiz(), modules.stream().map(CourseModule::getId).toList()));
        }
        List<CourseModule> candidates = retiredToo ? em.createNamedQuery(CourseModule.FIND_BY_COURSE, CourseModule.class)
                .setParameter("course", course).getResultList() : modules;
        return candidates.stream().filter(m -> m.getCode().equals(quizCode)).findFirst().map(module -> {
            Map<String, String> titles = new LinkedHashMap<>();
            course.getLanguages().forEach(l -> titles.put(l, module.textIn(l) == null ? "" : module.textIn(l).getQuizTitle()));
            return new QuizOutline(course.getId(), course.getCode(), courseTitles, quizCode, module.getId(), titles,
                    shown, course.getLanguages(), module.getQuiz(), List.of(module.getId()));
        });
    }

    /** The code of a course by its id, for links. */
    public String courseCode(long courseId) {
        Course course = em.find(Course.class, courseId, ReadOnly.HINTS);
        return course == null ? "" : course.getCode();
    }

    private Optional<Course> find(String code) {
        if (code == null || code.length() > 80) {
            return Optional.empty();
        }
        return em.createNamedQuery(Course.FIND_BY_CODE, Course.class).setParameter("code", code).getResultStream().findFirst();
    }

    private List<CourseModule> modules(Course course) {
        return em.createNamedQuery(CourseModule.FIND_BY_COURSE, CourseModule.class).setParameter("course", course)
                .getResultStream().filter(m -> !m.isRetired()).toList();
    }

    private List<Lesson> lessons(Course course) {
        return em.createNamedQuery(Lesson.FIND_BY_COURSE, Lesson.class).setParameter("course", course.getId())
                .getResultStream().filter(l -> !l.isRetired()).toList();
    }
}
