package org.capacityacademy.offline;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.capacityacademy.TestAccounts;
import org.capacityacademy.TestAnswers;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.assessment.boundary.Attempts;
import org.capacityacademy.assessment.entity.Attempt;
import org.capacityacademy.assessment.entity.AttemptQuestion;
import org.capacityacademy.assessment.entity.Paper;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseOutline;
import org.capacityacademy.catalog.boundary.ReaderLanguages;
import org.capacityacademy.learning.boundary.Learning;
import org.capacityacademy.learning.entity.Enrolment;
import org.capacityacademy.offline.boundary.OfflineItems;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What devices send from their queues, on the real server and database: each item stored once, the server's clock decides. */
@ExtendWith(ArquillianExtension.class)
class OfflineItemsIT {

    private static final String COURSE = "gge-2013";

    @Inject
    AccountService accounts;

    @Inject
    Learning learning;

    @Inject
    Attempts attempts;

    @Inject
    Catalog catalog;

    @Inject
    OfflineItems items;

    @Inject
    UserTransaction transaction;

    @Resource
    ManagedExecutorService executor;

    @PersistenceContext
    EntityManager em;

    private String enrolledLearner(String name) {
        String email = TestAccounts.uniqueEmail(name);
        accounts.register(email, TestAccounts.PASSWORD, TestAccounts.profile(name));
        learning.enrol(email, course().card().id());
        return email;
    }

    private CourseOutline course() {
        return catalog.course(COURSE, "en").orElseThrow();
    }

    private JsonObjectBuilder item(String email, String kind) {
        return Json.createObjectBuilder().add("kind", kind).add("person", String.valueOf(accounts.getIdOf(email)));
    }

    private List<AttemptQuestion> questionsOf(String attemptId) {
        Attempt attempt = em.createNamedQuery(Attempt.FIND_BY_PUBLIC_ID, Attempt.class).setParameter("id", attemptId).getSingleResult();
        return em.createNamedQuery(AttemptQuestion.FIND_OF_ATTEMPT, AttemptQuestion.class)
                .setParameter("attempt", attempt.getId()).getResultList();
    }

    private Enrolment enrolment(String email) {
        return em.createNamedQuery(Enrolment.FIND, Enrolment.class).setParameter("account", accounts.getIdOf(email))
                .setParameter("course", course().card().id()).getSingleResult();
    }

    @Test
    void aCompletionSentTwiceOrTwiceAtOnceIsStoredOnceAtTheTimeItHappened() throws Exception {
        String email = enrolledLearner("offline-completion");
        // everything read of the course is read before the sends on the executor, which may close this request's
        // entity manager that works without a transaction (the catalogue reads through it)
        long courseId = course().card().id();
        long lesson = course().modules().get(0).lessons().get(0).id();
        long other = course().modules().get(0).lessons().get(2).id();
        long third = course().modules().get(0).lessons().get(1).id();
        Instant readAt = enrolment(email).getEnrolledAt().plusMillis(3);   // read offline just after enrolling
        JsonObject completion = item(email, "completion").add("course", courseId).add("lesson", lesson)
                .add("at", readAt.toString()).build();
        String id = UUID.randomUUID().toString();
        List<Future<OfflineItems.Received>> sent = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sent.add(executor.submit(() -> {
                try {
                    return items.receive(email, id, completion);
                } catch (RuntimeException collided) {
                    return items.receive(email, id, completion);   // as the resource does: the first's reply
                }
            }));
        }
        for (Future<OfflineItems.Received> reply : sent) {
            OfflineItems.Received received = reply.get(30, TimeUnit.SECONDS);
            assertEquals(200, received.status());
            assertEquals("completed", received.outcome().getString("state"));
        }
        // read in a transaction of its own: the tasks run on the executor may have closed this request's
        // entity manager that works without one
        transaction.begin();
        try {
            assertEquals(1L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM offline_item WHERE id = ?").setParameter(1, id)
                    .getSingleResult()).longValue());
            assertEquals(readAt, enrolment(email).getCompletions().get(lesson), "completed when the device says it was");
        } finally {
            transaction.commit();
        }

        JsonObject beforeEnrolling = item(email, "completion").add("course", courseId).add("lesson", other)
                .add("at", "2001-01-01T00:00:00Z").build();
        assertEquals(200, items.receive(email, UUID.randomUUID().toString(), beforeEnrolling).status());
        transaction.begin();
        try {
            assertEquals(enrolment(email).getEnrolledAt(), enrolment(email).getCompletions().get(other), "never before enrolling");
        } finally {
            transaction.commit();
        }

        JsonObject fromTheFuture = item(email, "completion").add("course", courseId)
                .add("lesson", third).add("at", "2099-01-01T00:00:00Z").build();
        assertEquals(200, items.receive(email, UUID.randomUUID().toString(), fromTheFuture).status());
        transaction.begin();
        try {
            assertTrue(enrolment(email).getCompletions().get(third)
                    .isBefore(Instant.now().plusSeconds(1)), "never in the future");
        } finally {
            transaction.commit();
        }
    }

    @Test
    void anItemQueuedBySomeoneElseOnTheDeviceIsRefusedAndNotKept() {
        String owner = enrolledLearner("offline-owner");
        String other = enrolledLearner("offline-other");
        JsonObject completion = item(owner, "completion").add("course", course().card().id())
                .add("lesson", course().modules().get(0).lessons().get(0).id()).build();
        String id = UUID.randomUUID().toString();
        OfflineItems.Received refused = items.receive(other, id, completion);
        assertEquals(409, refused.status());
        assertEquals("other_person", refused.outcome().getString("refused"));
        assertTrue(enrolment(other).getCompletions().isEmpty());
        assertEquals(200, items.receive(owner, id, completion).status(), "kept for its owner, who sends it later");
    }

    @Test
    void aPaperAnsweredOfflineBecomesOneGradedAttemptAndTheAnswerGivenLastIsKept() throws InterruptedException {
        String email = enrolledLearner("offline-paper");
        Paper paper = attempts.paper(email, COURSE, "orientation", ReaderLanguages.of("en"));
        assertEquals(paper.getPublicId(), attempts.paper(email, COURSE, "orientation", ReaderLanguages.of("en")).getPublicId(),
                "the unused paper is given again");
        // begun as the paper came, answered on two devices in the next moments (a device's time is never taken
        // as before the paper came, nor after the server's now)
        Instant begun = paper.getIssuedAt();
        Instant later = begun.plusMillis(60);
        Thread.sleep(150);
        Paper.Drawn q0 = paper.drawn().get(0);
        String right = TestAnswers.rightAnswer(em, new AttemptQuestion(0, 0, q0.questionId(), q0.options(), q0.matches()));
        JsonObject second = item(email, "paper-answer").add("paper", paper.getPublicId()).add("position", 0).add("answer", right)
                .add("givenAt", later.toString()).add("begunAt", begun.toString()).build();
        JsonObject first = item(email, "paper-answer").add("paper", paper.getPublicId()).add("position", 0).add("answer", right)
                .add("givenAt", begun.plusMillis(20).toString()).add("begunAt", begun.toString()).build();
        assertEquals("saved", items.receive(email, UUID.randomUUID().toString(), second).outcome().getString("state"));
        assertEquals("superseded", items.receive(email, UUID.randomUUID().toString(), first).outcome().getString("state"),
                "an answer given earlier, on another device, arriving later, does not replace it");
        assertEquals(right.strip(), questionsOf(paper.getPublicId()).get(0).getResponse(), "kept as the server writes it (a short answer trimmed)");

        List<AttemptQuestion> asked = questionsOf(paper.getPublicId());
        for (AttemptQuestion question : asked) {
            items.receive(email, UUID.randomUUID().toString(), item(email, "paper-answer").add("paper", paper.getPublicId())
                    .add("position", question.getPosition()).add("answer", TestAnswers.rightAnswer(em, question))
                    .add("givenAt", later.plusMillis(question.getPosition() + 1).toString()).add("begunAt", begun.toString()).build());
        }
        JsonObject submit = item(email, "paper-submit").add("paper", paper.getPublicId()).add("begunAt", begun.toString()).build();
        String id = UUID.randomUUID().toString();
        OfflineItems.Received submitted = items.receive(email, id, submit);
        assertEquals("submitted", submitted.outcome().getString("state"));
        assertEquals(paper.getPublicId(), submitted.outcome().getString("attempt"));
        assertEquals(submitted.outcome(), items.receive(email, id, submit).outcome(), "sent again: the same reply");
        Attempt attempt = em.createNamedQuery(Attempt.FIND_BY_PUBLIC_ID, Attempt.class).setParameter("id", paper.getPublicId()).getSingleResult();
        assertTrue(attempt.isSubmitted());
        assertEquals(0, new java.math.BigDecimal("100.00").compareTo(attempt.getScore()));
        assertEquals(begun.truncatedTo(ChronoUnit.MILLIS), attempt.getStartedAt().truncatedTo(ChronoUnit.MILLIS),
                "started when the device began");
        assertEquals(1L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM quiz_attempt WHERE account_id = ?")
                .setParameter(1, accounts.getIdOf(email)).getSingleResult()).longValue());
        assertNotNull(em.find(Paper.class, paper.getPublicId()).getAttemptId());
        String next = attempts.paper(email, COURSE, "orientation", ReaderLanguages.of("en")).getPublicId();
        assertTrue(!next.equals(paper.getPublicId()), "a used paper is not given again");
    }

    @Test
    void anAnswerThatArrivesAfterTheDeadlineIsRefusedWhateverTheDeviceSays() throws Exception {
        String email = enrolledLearner("offline-late");
        String attempt = attempts.start(email, COURSE, "final", "en");
        Instant given = Instant.now();
        transaction.begin();
        em.createQuery("UPDATE Attempt a SET a.deadline = :past WHERE a.publicId = :id")
                .setParameter("past", Instant.now().minusSeconds(1)).setParameter("id", attempt).executeUpdate();
        transaction.commit();
        OfflineItems.Received late = items.receive(email, UUID.randomUUID().toString(), item(email, "answer")
                .add("attempt", attempt).add("position", 0).add("answer", "0").add("givenAt", given.toString()).build());
        assertEquals(409, late.status());
        assertEquals("time_up", late.outcome().getString("refused"));
        assertNull(questionsOf(attempt).get(0).getResponse(), "the server's clock decides, not the device's");

        assertEquals(400, items.receive(email, UUID.randomUUID().toString(), item(email, "answer").add("attempt", attempt)
                .add("position", "zero").build()).status(), "malformed: refused with a reason");
        assertEquals(400, items.receive(email, UUID.randomUUID().toString(), item(email, "whatever").build()).status());
    }
}
