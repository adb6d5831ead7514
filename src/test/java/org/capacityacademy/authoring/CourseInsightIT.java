package org.capacityacademy.authoring;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.capacityacademy.TestAccounts;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.entity.Role;
import org.capacityacademy.administration.boundary.Cohorts;
import org.capacityacademy.authoring.drafts.boundary.DraftFile;
import org.capacityacademy.authoring.drafts.boundary.Drafts;
import org.capacityacademy.authoring.drafts.boundary.FileEdit;
import org.capacityacademy.authoring.drafts.boundary.NotAnAuthor;
import org.capacityacademy.authoring.insight.boundary.CourseInsight;
import org.capacityacademy.authoring.insight.control.LearnerFilter;
import org.capacityacademy.authoring.insight.control.LearnerProgress;
import org.capacityacademy.authoring.insight.control.LearnerStatus;
import org.capacityacademy.authoring.insight.control.ModuleFigures;
import org.capacityacademy.authoring.insight.control.ProgressColumns;
import org.capacityacademy.authoring.insight.control.QuestionFigures;
import org.capacityacademy.authoring.insight.control.QuestionFlag;
import org.capacityacademy.authoring.insight.control.QuestionReport;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseOutline;
import org.capacityacademy.learning.boundary.Learning;
import org.capacityacademy.privacy.boundary.PersonalData;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The instructors' view on the real server and database: learners with answers known in
 * advance give exact counts, shares and most chosen wrong answers; the learners' list filters,
 * counts and pages; an instructor who is not an author of the course is refused.
 */
@ExtendWith(ArquillianExtension.class)
class CourseInsightIT {

    @Inject
    CourseInsight insight;

    @Inject
    InsightSeed seed;

    @Inject
    Drafts drafts;

    @Inject
    AccountService accounts;

    @Inject
    Learning learning;

    @Inject
    Catalog catalog;

    @Inject
    Cohorts cohorts;

    @Inject
    PersonalData personalData;

    @Inject
    UserTransaction transaction;

    @PersistenceContext
    EntityManager em;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private String person(String name, Role role) {
        String email = TestAccounts.uniqueEmail(name.toLowerCase().replace(' ', '-'));
        long id = accounts.register(email, TestAccounts.PASSWORD, TestAccounts.profile(name + " " + tag)).getId();
        if (role != null) {
            accounts.grant(id, role);
        }
        return email;
    }

    private String learner(String name, long courseId) {
        String email = person(name, null);
        learning.enrol(email, courseId);
        return email;
    }

    private static QuestionFigures figures(QuestionReport report, String code) {
        return report.modules().stream().flatMap(m -> m.questions().stream()).filter(q -> q.code().equals(code))
                .findFirst().orElseThrow();
    }

    @Test
    void authorsSeeExactFiguresAndLearnersFilteredAndPagedWhileOtherInstructorsAreRefused() throws Exception {
        String course = "insight-" + tag;
        String author = person("Author", Role.INSTRUCTOR);
        String outsider = person("Outsider", Role.INSTRUCTOR);
        String administrator = person("Administrator", Role.ADMIN);
        long courseId = seed.publishedCourse(author, course);
        CourseOutline outline = catalog.course(course, "en").orElseThrow();

        String alpha = person("Alpha", null);
        String bravo = person("Bravo", null);
        String charlie = person("Charlie", null);
        String delta = person("Delta", null);
        seed.fourLearners(course, courseId, List.of(alpha, bravo, charlie, delta));
        String echo = learner("Echo", courseId);
        String foxtrot = learner("Foxtrot", courseId);
        String golf = learner("Golf", courseId);

        List<Long> lessons = outline.modules().stream().flatMap(m -> m.lessons().stream()).map(l -> l.id()).toList();
        learning.complete(foxtrot, courseId, lessons.get(0));
        learning.complete(foxtrot, courseId, lessons.get(1));
        transaction.begin();
        em.createQuery("UPDATE Enrolment e SET e.completedAt = :now WHERE e.courseId = :course AND e.accountId = :account")
                .setParameter("now", Instant.now()).setParameter("course", courseId)
                .setParameter("account", accounts.getByEmail(foxtrot).getId()).executeUpdate();
        transaction.commit();
        learning.complete(golf, courseId, lessons.get(0));
        long golfId = accounts.getByEmail(golf).getId();
        personalData.erase(administrator, golfId, golf);
        long cohort = cohorts.create(administrator, "Insight cohort " + tag, "").getId();
        cohorts.addMember(administrator, cohort, alpha);
        cohorts.addMember(administrator, cohort, echo);

        // questions: exact counts, shares and most chosen wrong answers
        QuestionReport report = insight.questions(author, course, "en").orElseThrow();
        assertEquals(outline.modules().size(), report.modules().size());
        ModuleFigures norms = report.modules().stream().filter(m -> m.code().equals("norms")).findFirst().orElseThrow();
        assertEquals(12, norms.questions().size());
        assertTrue(norms.questions().stream().allMatch(q -> q.answered() == 4), "four learners answered every question");

        QuestionFigures single = figures(report, "norms-1");
        assertEquals(1, single.correct());
        assertEquals(0.25, single.shareCorrect(), 1e-9);
        assertTrue(single.wrong().text().startsWith("Replacing existing international law"), single.wrong().text());
        assertEquals(2, single.wrong().chosen());
        assertEquals(0.5, single.wrong().share(), 1e-9);
        assertEquals(EnumSet.of(QuestionFlag.TOO_HARD, QuestionFlag.WRONG_BEATS_RIGHT), single.flags());

        QuestionFigures trueFalse = figures(report, "norms-8");
        assertEquals(2, trueFalse.correct());
        assertEquals(Boolean.TRUE, trueFalse.wrong().truth());
        assertEquals(2, trueFalse.wrong().chosen());
        assertEquals(Set.of(), trueFalse.flags(), "as many wrong as right is not flagged");

        QuestionFigures shortAnswer = figures(report, "norms-4");
        assertEquals(2, shortAnswer.correct());
        assertEquals("a/68/98", shortAnswer.wrong().text(), "the same wrong text, whatever its case and spaces");
        assertEquals(2, shortAnswer.wrong().chosen());

        QuestionFigures multiple = figures(report, "norms-5");
        assertEquals(2, multiple.correct());
        assertEquals("Uzbekistan", multiple.wrong().text());
        assertEquals(2, multiple.wrong().chosen());
        assertEquals(Set.of(), multiple.flags());

        QuestionFigures matching = figures(report, "norms-10");
        assertEquals(3, matching.correct());
        assertEquals("Legal approaches", matching.wrong().text());
        assertEquals("States must not use them to commit internationally wrongful acts", matching.wrong().match());
        assertEquals(1, matching.wrong().chosen());
        assertEquals(0.25, matching.wrong().share(), 1e-9);

        QuestionFigures easy = figures(report, "norms-6");
        assertEquals(4, easy.correct());
        assertNull(easy.wrong());
        assertEquals(EnumSet.of(QuestionFlag.TOO_EASY), easy.flags());
        assertEquals(8, report.getFlagged(), "norms-1, and the seven questions everybody answered right");
        assertTrue(report.modules().stream().filter(m -> !m.code().equals("norms")).flatMap(m -> m.questions().stream())
                .allMatch(q -> q.answered() == 0 && q.flags().isEmpty()), "nobody took the other quizzes");
        assertTrue(report.retired().isEmpty());
        assertEquals("Recommendations on norms, rules and principles of responsible State behaviour", norms.title());

        // learners: progress, filters, count and paging
        ProgressColumns columns = insight.course(author, course, "en").orElseThrow();
        assertEquals(outline.modules().size() + 1, columns.quizzes().size(), "each module's quiz, then the final assessment");
        assertEquals(catalog.completionRule(courseId).orElseThrow().requiredLessons().size(), columns.requiredLessons());
        assertEquals(7, insight.countLearners(author, course, LearnerFilter.ALL));
        List<LearnerProgress> all = insight.learners(author, course, LearnerFilter.ALL, 0, 10);
        assertEquals(7, all.size());
        Map<String, LearnerProgress> byEmail = all.stream().filter(l -> !l.erased())
                .collect(Collectors.toMap(LearnerProgress::email, Function.identity()));
        assertEquals(new BigDecimal("100.00"), byEmail.get(alpha).quiz("norms").best());
        assertTrue(byEmail.get(alpha).quiz("norms").passed());
        assertEquals(1, byEmail.get(alpha).quiz("norms").attempts());
        assertEquals(new BigDecimal("91.67"), byEmail.get(bravo).quiz("norms").best());
        assertEquals(new BigDecimal("66.67"), byEmail.get(charlie).quiz("norms").best());
        assertFalse(byEmail.get(charlie).quiz("norms").passed());
        assertNull(byEmail.get(alpha).quiz("introduction"), "a quiz never taken");
        assertEquals(LearnerStatus.NOT_STARTED, byEmail.get(echo).status());
        assertEquals(2, byEmail.get(foxtrot).lessonsDone());
        assertEquals(LearnerStatus.COMPLETED, byEmail.get(foxtrot).status());
        LearnerProgress erased = all.stream().filter(LearnerProgress::erased).findFirst().orElseThrow();
        assertEquals(golfId, erased.accountId());
        assertNull(erased.name());
        assertNull(erased.email());
        assertEquals(1, erased.lessonsDone());
        assertEquals(LearnerStatus.IN_PROGRESS, erased.status());

        assertEquals(List.of(bravo), emails(insight.learners(author, course, filter("BRAVO " + tag, null, null), 0, 10)));
        assertEquals(List.of(alpha, echo), emails(insight.learners(author, course, filter(null, cohort, null), 0, 10)));
        assertEquals(Map.of(cohort, "Insight cohort " + tag), insight.cohorts(author, course));
        assertEquals(List.of(echo), emails(insight.learners(author, course, filter(null, null, LearnerStatus.NOT_STARTED), 0, 10)));
        assertEquals(List.of(foxtrot), emails(insight.learners(author, course, filter(null, null, LearnerStatus.COMPLETED), 0, 10)));
        assertEquals(5, insight.countLearners(author, course, filter(null, null, LearnerStatus.IN_PROGRESS)));
        assertEquals(1, insight.countLearners(author, course, filter(null, cohort, LearnerStatus.NOT_STARTED)));
        assertEquals(all.subList(0, 3), insight.learners(author, course, LearnerFilter.ALL, 0, 3), "the first page");
        assertEquals(all.subList(6, 7), insight.learners(author, course, LearnerFilter.ALL, 6, 3), "the last page");
        assertEquals(0, insight.countLearners(author, course, new LearnerFilter(null, null, null,
                java.time.LocalDate.now().plusDays(1), null)), "nobody enrolled tomorrow");

        // only the course's authors and administrators
        assertEquals(7, insight.countLearners(administrator, course, LearnerFilter.ALL), "administrators see every course");
        assertThrows(NotAnAuthor.class, () -> insight.learners(outsider, course, LearnerFilter.ALL, 0, 10));
        assertThrows(NotAnAuthor.class, () -> insight.countLearners(outsider, course, LearnerFilter.ALL));
        assertThrows(NotAnAuthor.class, () -> insight.questions(outsider, course, "en"));
        assertThrows(NotAnAuthor.class, () -> insight.course(outsider, course, "en"));
        assertThrows(NotAnAuthor.class, () -> insight.cohorts(alpha, course), "a learner");

        // a question taken out of its bank is listed apart, with the answers it had
        Map<String, DraftFile> files = drafts.draft(author, course);
        List<FileEdit> edits = new ArrayList<>();
        for (String language : List.of("zh", "en", "ar", "es", "fr", "ru")) {
            DraftFile bank = files.get("modules/05-norms/quiz." + language + ".gift");
            edits.add(FileEdit.update(bank, java.util.Arrays.stream(bank.content().split("\n\n"))
                    .filter(block -> !block.contains("::norms-6::")).collect(Collectors.joining("\n\n"))));
        }
        drafts.apply(author, course, edits);
        drafts.publish(author, course, true);
        QuestionReport after = insight.questions(author, course, "en").orElseThrow();
        assertEquals(11, after.modules().stream().filter(m -> m.code().equals("norms")).findFirst().orElseThrow().questions().size());
        QuestionFigures retired = after.retired().stream().filter(q -> q.code().equals("norms-6")).findFirst().orElseThrow();
        assertTrue(retired.retired());
        assertEquals(4, retired.answered());
        assertEquals(4, retired.correct());
        assertEquals(norms.title(), retired.module());
        assertEquals(1, after.retired().size());
        assertEquals(7, after.getFlagged(), "a retired question's flags no longer count");
    }

    private static LearnerFilter filter(String text, Long cohort, LearnerStatus status) {
        return new LearnerFilter(text, cohort, status, null, null);
    }

    private static List<String> emails(List<LearnerProgress> learners) {
        return learners.stream().map(LearnerProgress::email).toList();
    }
}
