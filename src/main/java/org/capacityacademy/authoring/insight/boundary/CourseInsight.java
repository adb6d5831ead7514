package org.capacityacademy.authoring.insight.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.assessment.boundary.QuestionBanks;
import org.capacityacademy.assessment.entity.Question;
import org.capacityacademy.authoring.drafts.boundary.Authorship;
import org.capacityacademy.authoring.drafts.boundary.NotAnAuthor;
import org.capacityacademy.authoring.insight.control.AnswerQueries;
import org.capacityacademy.authoring.insight.control.ChoiceTally;
import org.capacityacademy.authoring.insight.control.LearnerFilter;
import org.capacityacademy.authoring.insight.control.LearnerProgress;
import org.capacityacademy.authoring.insight.control.LearnerQueries;
import org.capacityacademy.authoring.insight.control.ModuleFigures;
import org.capacityacademy.authoring.insight.control.ProgressColumns;
import org.capacityacademy.authoring.insight.control.QuestionFigures;
import org.capacityacademy.authoring.insight.control.QuestionReport;
import org.capacityacademy.authoring.insight.control.WrongOption;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseOutline;
import org.capacityacademy.catalog.entity.CourseModule;
import org.capacityacademy.courseformat.gift.GiftQuestion;
import org.capacityacademy.courseformat.gift.QuestionType;
import org.capacityacademy.platform.control.ReadOnly;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The instructors' view of a course, for its authors and administrators only (every method
 * checks the person signed in with {@code email}, else {@link NotAnAuthor}): its enrolled learners' progress, and per question the
 * share answered right and the wrong answer given most often. Every figure is an aggregate
 * query in the database; learners are counted and paged there.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CourseInsight {

    @PersistenceContext
    EntityManager em;

    @Inject
    Authorship authorship;

    @Inject
    Catalog catalog;

    /** The course's columns in the page's language; empty when there is no such course. */
    public Optional<ProgressColumns> course(String email, String course, String language) {
        authorship.check(email, course);
        return catalog.course(course, language).map(this::columns);
    }

    public List<LearnerProgress> learners(String email, String course, LearnerFilter filter, int first, int max) {
        return courseId(email, course).map(id -> new LearnerQueries(em).page(id, filter, first, max)).orElse(List.of());
    }

    public long countLearners(String email, String course, LearnerFilter filter) {
        return courseId(email, course).map(id -> new LearnerQueries(em).count(id, filter)).orElse(0L);
    }

    /** The cohorts with a member enrolled in the course, by name: id and name. */
    public Map<Long, String> cohorts(String email, String course) {
        Map<Long, String> cohorts = new LinkedHashMap<>();
        courseId(email, course).ifPresent(id -> new LearnerQueries(em).cohorts(id)
                .forEach(row -> cohorts.put((Long) row[0], (String) row[1])));
        return cohorts;
    }

    /** Every question of the course with its figures; empty when there is no such course. */
    public Optional<QuestionReport> questions(String email, String course, String language) {
        authorship.check(email, course);
        return catalog.course(course, language).map(outline -> report(columns(outline), outline.card().language()));
    }

    private QuestionReport report(ProgressColumns course, String language) {
        Map<Long, CourseModule> modules = new LinkedHashMap<>();
        em.createQuery("SELECT m FROM CourseModule m WHERE m.course.id = :course ORDER BY m.position", CourseModule.class)
                .setParameter("course", course.courseId()).setHint(ReadOnly.HINT, ReadOnly.TRUE)
                .getResultStream().forEach(m -> modules.put(m.getId(), m));
        Map<Long, Long> moduleOf = new HashMap<>();
        List<Question> questions = new ArrayList<>();
        em.createQuery("SELECT q, q.moduleId FROM Question q WHERE q.courseId = :course ORDER BY q.position, q.code",
                        Object[].class).setParameter("course", course.courseId()).setHint(ReadOnly.HINT, ReadOnly.TRUE)
                .getResultStream().forEach(row -> {
                    questions.add((Question) row[0]);
                    moduleOf.put(((Question) row[0]).getId(), (Long) row[1]);
                });
        Map<Long, GiftQuestion> contents = new HashMap<>();
        questions.forEach(q -> contents.put(q.getId(), QuestionBanks.content(q,
                q.textIn(language) != null ? language : q.anyLanguage())));

        AnswerQueries answers = new AnswerQueries(em);
        Map<Long, long[]> totals = answers.totals(course.courseId());
        Map<Long, ChoiceTally> tallies = answers.tallies(course.courseId(), contents);
        Map<Long, Map.Entry<String, Long>> texts = answers.commonestWrongTexts(course.courseId());

        Map<Long, List<QuestionFigures>> inUse = new LinkedHashMap<>();
        modules.values().stream().filter(m -> !m.isRetired()).forEach(m -> inUse.put(m.getId(), new ArrayList<>()));
        List<QuestionFigures> retired = new ArrayList<>();
        for (Question question : questions) {
            CourseModule module = modules.get(moduleOf.get(question.getId()));
            long[] total = totals.getOrDefault(question.getId(), new long[2]);
            WrongOption wrong;
            boolean wrongBeatsRight;
            if (question.getType() == QuestionType.SHORT_ANSWER) {
                Map.Entry<String, Long> text = texts.get(question.getId());
                wrong = text == null ? null : new WrongOption(text.getKey(), null, null, text.getValue(),
                        total[0] == 0 ? 0 : (double) text.getValue() / total[0]);
                wrongBeatsRight = text != null && text.getValue() > total[1];
            } else {
                ChoiceTally tally = tallies.get(question.getId());
                wrong = tally == null ? null : tally.mostChosenWrong(total[0]).orElse(null);
                wrongBeatsRight = tally != null && tally.wrongBeatsRight();
            }
            boolean isRetired = question.isRetired() || module == null || module.isRetired();
            QuestionFigures figures = new QuestionFigures(question.getId(), question.getCode(), question.getType(),
                    contents.get(question.getId()).text(), module == null ? "" : moduleTitle(module, language),
                    total[0], total[1], wrong, QuestionFigures.flags(total[0], total[1], wrongBeatsRight), isRetired,
                    question.getUpdatedAt());
            if (isRetired) {
                retired.add(figures);
            } else {
                inUse.get(module.getId()).add(figures);
            }
        }
        List<ModuleFigures> byModule = new ArrayList<>();
        inUse.forEach((id, list) -> byModule.add(new ModuleFigures(modules.get(id).getCode(),
                moduleTitle(modules.get(id), language), list)));
        return new QuestionReport(course, byModule, retired);
    }

    private static String moduleTitle(CourseModule module, String language) {
        return module.textIn(language) != null ? module.textIn(language).getTitle() : module.getCode();
    }

    private ProgressColumns columns(CourseOutline outline) {
        List<ProgressColumns.Quiz> quizzes = new ArrayList<>();
        outline.modules().forEach(m -> quizzes.add(new ProgressColumns.Quiz(m.code(), m.quizTitle(), false)));
        quizzes.add(new ProgressColumns.Quiz(outline.finalCode(), outline.finalTitle(), true));
        return new ProgressColumns(outline.card().id(), outline.card().code(), outline.card().title(), outline.card().language(),
                new LearnerQueries(em).requiredLessons(outline.card().id()), quizzes);
    }

    private Optional<Long> courseId(String email, String course) {
        authorship.check(email, course);
        return em.createQuery("SELECT c.id FROM Course c WHERE c.code = :code", Long.class).setParameter("code", course)
                .getResultStream().findFirst();
    }
}
