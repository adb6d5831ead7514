package org.capacityacademy.authoring;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.TestAccounts;
import org.capacityacademy.TestAnswers;
import org.capacityacademy.TestCourses;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.entity.Role;
import org.capacityacademy.assessment.boundary.Attempts;
import org.capacityacademy.assessment.boundary.QuizViews.AttemptView;
import org.capacityacademy.assessment.boundary.QuizViews.ReviewView;
import org.capacityacademy.assessment.control.AnswerRefusal;
import org.capacityacademy.assessment.control.AnswerRefused;
import org.capacityacademy.assessment.entity.Attempt;
import org.capacityacademy.assessment.entity.AttemptQuestion;
import org.capacityacademy.assessment.entity.Question;
import org.capacityacademy.authoring.drafts.boundary.DraftFile;
import org.capacityacademy.authoring.drafts.boundary.Drafts;
import org.capacityacademy.authoring.drafts.boundary.FileEdit;
import org.capacityacademy.authoring.drafts.boundary.NotPublishable;
import org.capacityacademy.authoring.drafts.boundary.Publication.Change;
import org.capacityacademy.authoring.drafts.boundary.Publication;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseOutline;
import org.capacityacademy.catalog.boundary.ImportReport;
import org.capacityacademy.credential.boundary.Records;
import org.capacityacademy.credential.boundary.Verdict.Status;
import org.capacityacademy.credential.boundary.Verification;
import org.capacityacademy.credential.entity.CompletionRecord;
import org.capacityacademy.learning.boundary.Learning;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Publishing a course again on the real server and database, with a learner in the middle of
 * it: their progress, their record and their open quiz attempts survive edits and removals.
 */
@ExtendWith(ArquillianExtension.class)
class PublishingIT {

    private static final String EDITED_LESSON = "modules/05-norms/01-norms-from-existing-international-law.md";
    private static final String REMOVED_LESSON = "modules/05-norms/03-responsible-behaviour-in-practice.md";
    /** The norms module's banks, one per language of the course (however many it has by now). */
    private static final java.util.regex.Pattern NORMS_BANK = java.util.regex.Pattern.compile("modules/05-norms/quiz\\.[a-z]+\\.gift");

    /** The same change to the norms bank of every language, so that they stay aligned. */
    private static List<FileEdit> inEveryNormsBank(Map<String, DraftFile> draft, java.util.function.UnaryOperator<String> change) {
        return draft.values().stream().filter(f -> NORMS_BANK.matcher(f.path()).matches())
                .map(f -> FileEdit.update(f, change.apply(f.content()))).toList();
    }
    private static final String REMOVED_MODULE = "modules/08-conclusions/";

    @Inject
    Drafts drafts;

    @Inject
    AccountService accounts;

    @Inject
    Learning learning;

    @Inject
    Attempts attempts;

    @Inject
    Catalog catalog;

    @Inject
    Records records;

    @Inject
    Verification verification;

    @PersistenceContext
    EntityManager em;

    private String person(String name, Role role) {
        return TestAccounts.registered(accounts, name, role);
    }

    private List<AttemptQuestion> questionsOf(String attemptId) {
        long id = em.createNamedQuery(Attempt.FIND_BY_PUBLIC_ID, Attempt.class).setParameter("id", attemptId)
                .getSingleResult().getId();
        return em.createNamedQuery(AttemptQuestion.FIND_OF_ATTEMPT, AttemptQuestion.class).setParameter("attempt", id)
                .getResultList();
    }

    private void answerEveryQuestionRightly(String learner, String attemptId) {
        questionsOf(attemptId).forEach(q -> attempts.saveAnswer(learner, attemptId, q.getPosition(), TestAnswers.rightAnswer(em, q)));
    }

    /** A GIFT bank without one question (blocks are separated by blank lines). */
    private static String withoutQuestion(String gift, String code) {
        return Arrays.stream(gift.split("\n\n")).filter(block -> !block.contains("::" + code + "::"))
                .collect(Collectors.joining("\n\n"));
    }

    /** A GIFT bank where one question's right answers come after its wrong ones. */
    private static String rightAnswersLast(String gift, String code) {
        return Arrays.stream(gift.split("\n\n")).map(block -> {
            if (!block.contains("::" + code + "::")) {
                return block;
            }
            List<String> lines = new ArrayList<>(List.of(block.split("\n")));
            List<String> right = lines.stream().filter(line -> line.startsWith("=")).toList();
            lines.removeAll(right);
            int general = lines.indexOf(lines.stream().filter(line -> line.startsWith("####")).findFirst().orElseThrow());
            lines.addAll(general, right);
            return String.join("\n", lines);
        }).collect(Collectors.joining("\n\n"));
    }

    @Test
    void publishingKeepsLearnersProgressRecordsAndOpenAttempts() {
        String course = "publishing-" + UUID.randomUUID().toString().substring(0, 8);
        String author = person("author", Role.INSTRUCTOR);
        Map<String, String> files = new TreeMap<>(TestCourses.filesOfTheCourse(course));
        files.put("course.yaml", files.get("course.yaml").replace("report:\n", "report:\n  coverage: some\n"));
        drafts.start(author, course, files);
        drafts.publish(author, course, false);
        CourseOutline outline = catalog.course(course, "en").orElseThrow();
        long courseId = outline.card().id();
        Map<String, Long> lessons = new HashMap<>();
        outline.modules().forEach(m -> m.lessons().forEach(l -> lessons.put(l.code(), l.id())));

        // a learner completes the course and receives its record, and has two quizzes open, every answer saved
        String learner = person("learner", null);
        assertTrue(learning.enrol(learner, courseId));
        lessons.values().forEach(lesson -> learning.complete(learner, courseId, lesson));
        String finalAttempt = attempts.start(learner, course, "final", "en");
        answerEveryQuestionRightly(learner, finalAttempt);
        attempts.submit(learner, finalAttempt);
        List<CompletionRecord> issued = records.ofLearner(learner);
        assertEquals(1, issued.size(), "the course is completed");
        String norms = attempts.start(learner, course, "norms", "en");
        String conclusions = attempts.start(learner, course, "conclusions", "en");
        answerEveryQuestionRightly(learner, norms);
        answerEveryQuestionRightly(learner, conclusions);
        AttemptView normsAsStarted = attempts.sheet(learner, norms, "en");
        AttemptView conclusionsAsStarted = attempts.sheet(learner, conclusions, "en");
        Set<Long> completed = learning.progress(learner, courseId).completed();
        assertEquals(Set.copyOf(lessons.values()), completed);

        // 1. an edit of a lesson the learner completed, and of a question their open attempt holds
        Map<String, DraftFile> draft = drafts.draft(author, course);
        List<FileEdit> edits = new ArrayList<>(List.of(FileEdit.update(draft.get(EDITED_LESSON), draft.get(EDITED_LESSON).content()
                .replace("<!-- en -->", "<!-- en -->\nA sentence added in the browser.\n"))));
        edits.addAll(inEveryNormsBank(draft, gift -> rightAnswersLast(gift, "norms-1")));
        drafts.apply(author, course, edits);
        Publication edit = drafts.check(author, course);
        assertTrue(edit.mayPublish(), () -> edit.problems().toString());
        assertFalse(edit.needsConfirmation());
        assertEquals(Set.of(new Change("lesson", "norms-international-law", "changed", 0),
                new Change("question", "norms-1", "changed", 0)), Set.copyOf(edit.changes()));
        ImportReport edited = drafts.publish(author, course, false);
        assertEquals(List.of(1, 1, 0), List.of(edited.lessonsChanged(), edited.questionsChanged(), edited.retired()));
        assertEquals(completed, learning.progress(learner, courseId).completed(), "progress on lessons that still exist survives");

        // 2. removals the learner's history uses: a lesson, a question, a whole module
        Map<String, DraftFile> second = drafts.draft(author, course);
        List<FileEdit> removals = new ArrayList<>(List.of(FileEdit.remove(second.get(REMOVED_LESSON))));
        removals.addAll(inEveryNormsBank(second, gift -> withoutQuestion(gift, "norms-3")));
        second.values().stream().filter(f -> f.path().startsWith(REMOVED_MODULE)).map(FileEdit::remove).forEach(removals::add);
        drafts.apply(author, course, removals);
        Publication removal = drafts.check(author, course);
        assertTrue(removal.mayPublish(), () -> removal.problems().toString());
        assertTrue(removal.needsConfirmation());
        assertTrue(removal.changes().containsAll(List.of(new Change("lesson", "norms-responsible-behaviour", "retired", 1),
                new Change("question", "norms-3", "retired", 1), new Change("module", "conclusions", "retired", 1))),
                removal.changes()::toString);
        NotPublishable refused = assertThrows(NotPublishable.class, () -> drafts.publish(author, course, false));
        assertTrue(refused.getPublication().needsConfirmation());
        assertEquals(8, catalog.course(course, "en").orElseThrow().modules().size(), "nothing was published");
        ImportReport removed = drafts.publish(author, course, true);
        assertTrue(removed.retired() >= 3, removed::toString);
        CourseOutline now = catalog.course(course, "en").orElseThrow();
        assertEquals(7, now.modules().size());
        assertTrue(now.modules().stream().flatMap(m -> m.lessons().stream()).noneMatch(l -> l.code().equals("norms-responsible-behaviour")));

        // the learner's history stays: every lesson completion, also of retired lessons, and the record
        assertEquals(completed, learning.progress(learner, courseId).completed());
        assertEquals(issued.stream().map(CompletionRecord::getCode).toList(),
                records.ofLearner(learner).stream().map(CompletionRecord::getCode).toList());
        assertEquals(Status.VALID, verification.byCode(issued.get(0).getCode(), "it-" + UUID.randomUUID()).status());
        ReviewView finalReview = attempts.review(learner, finalAttempt, "en");
        assertEquals(0, new BigDecimal("100").compareTo(finalReview.score()), "the submitted answers and their score stay");
        assertEquals(24, finalReview.questions().size(), "every question it was asked, retired or not");

        // open attempts finish on the questions they started with, changed, retired or in a retired module
        assertTrue(normsAsStarted.equals(attempts.sheet(learner, norms, "en")),
                "the attempt shows the questions, options and answers it started with");
        assertTrue(conclusionsAsStarted.equals(attempts.sheet(learner, conclusions, "en")),
                "an attempt on the quiz of a retired module shows it as it started");
        attempts.submit(learner, norms);
        attempts.submit(learner, conclusions);
        for (String attempt : List.of(norms, conclusions)) {
            ReviewView review = attempts.review(learner, attempt, "en");
            assertEquals(0, new BigDecimal("100").compareTo(review.score()), attempt + ": the answers saved before still count");
            assertTrue(review.passed());
        }

        // while new attempts draw from the course as it is now
        String newcomer = person("newcomer", null);
        assertTrue(learning.enrol(newcomer, courseId));
        String fresh = attempts.start(newcomer, course, "norms", "en");
        List<String> codes = questionsOf(fresh).stream().map(q -> em.find(Question.class, q.getQuestionId()).getCode()).toList();
        assertEquals(11, codes.size(), codes::toString);
        assertTrue(codes.contains("norms-1") && !codes.contains("norms-3"), codes::toString);
        assertEquals(AnswerRefusal.NO_QUIZ, assertThrows(AnswerRefused.class,
                () -> attempts.start(newcomer, course, "conclusions", "en")).getReason());
    }
}
