package org.capacityacademy.lti.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.assessment.boundary.AttemptGraded;
import org.capacityacademy.lti.control.Claims;
import org.capacityacademy.lti.control.PlatformClient;
import org.capacityacademy.lti.control.ScoreSender;
import org.capacityacademy.lti.entity.GradeLink;
import org.capacityacademy.lti.entity.Learner;
import org.capacityacademy.lti.entity.Platform;
import org.capacityacademy.lti.entity.Score;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assignment and Grade Services: a learner who came from a platform's link has their final
 * assessment's result (and, when the platform's registration says so, their module quizzes')
 * posted to the link's line item. The score is written to an outbox in the grading transaction, and
 * sent by {@link ScoreSchedule}; a platform that does not accept it gets it again later.
 */
@Stateless
public class Scores {

    static final BigDecimal MAXIMUM = BigDecimal.valueOf(100);

    @PersistenceContext
    EntityManager em;

    @Inject
    ToolKeys keys;

    @EJB
    Scores self;

    /** Keeps the score for each platform the learner came to this course from (in the grading transaction). */
    public void graded(@Observes AttemptGraded graded) {
        List<GradeLink> links = em.createNamedQuery(GradeLink.OF_LEARNER, GradeLink.class)
                .setParameter("account", graded.accountId()).setParameter("course", graded.courseId()).getResultList();
        for (GradeLink link : links) {
            Platform platform = em.find(Platform.class, link.getPlatformId());
            Optional<String> subject = em.createQuery("SELECT l.subject FROM Learner l WHERE l.platformId = :platform "
                            + "AND l.accountId = :account", String.class).setParameter("platform", link.getPlatformId())
                    .setParameter("account", graded.accountId()).getResultStream().findFirst();
            String lineItem = graded.finalAssessment() ? link.getLineItemUrl()
                    : platform != null && platform.isModuleScores() ? link.getLineItemsUrl() : null;
            if (platform != null && subject.isPresent() && lineItem != null) {
                em.persist(new Score(platform.getId(), graded.accountId(), lineItem,
                        graded.finalAssessment() ? null : graded.quizCode(), subject.get(), graded.percent(), MAXIMUM,
                        null, graded.submittedAt()));
            }
        }
    }

    /** Sends every score due; the number the platforms accepted. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue(Instant now) {
        Map<Long, ScoreSender> senders = new HashMap<>();
        int accepted = 0;
        for (Score score : self.due(now)) {
            ScoreSender sender = senders.computeIfAbsent(score.getPlatformId(),
                    id -> self.platform(id).map(p -> new ScoreSender(new PlatformClient(p, keys.key()))).orElse(null));
            if (sender == null) {
                continue;
            }
            Optional<String> problem = sender.send(score, now);
            if (problem.isEmpty()) {
                self.sent(score.getId(), now);
                accepted++;
            } else {
                self.refused(score.getId(), problem.get(), now);
            }
        }
        return accepted;
    }

    public List<Score> due(Instant now) {
        return em.createNamedQuery(Score.DUE, Score.class).setParameter("now", now).setMaxResults(200).getResultList();
    }

    public Optional<Platform> platform(long id) {
        return Optional.ofNullable(em.find(Platform.class, id));
    }

    public void sent(long id, Instant now) {
        Optional.ofNullable(em.find(Score.class, id)).ifPresent(score -> score.sent(now));
    }

    public void refused(long id, String problem, Instant now) {
        Optional.ofNullable(em.find(Score.class, id)).ifPresent(score -> score.refused(problem, now));
    }

    /** A learner's scores kept for platforms (sent or waiting), oldest first. */
    public List<Score> of(long accountId) {
        return em.createNamedQuery(Score.OF_ACCOUNT, Score.class).setParameter("account", accountId).getResultList();
    }
}
