package org.capacityacademy.lti.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.boundary.AccountErased;
import org.capacityacademy.account.boundary.PersonalDataRequested;

import static org.capacityacademy.account.boundary.PersonalDataRequested.rows;

/**
 * What the LTI tool keeps about a person: the platforms that sent them (with the platform's id for
 * them) and the scores sent back, in their export. On erasure the link to the platform's id goes (a
 * later launch from that platform makes a new account), and so do the scores not yet sent.
 */
@Stateless
public class LtiPrivacy {

    @PersistenceContext
    EntityManager em;

    public void export(@Observes PersonalDataRequested request) {
        request.add("learningPlatforms", rows(em.createNativeQuery("SELECT p.name, p.issuer, l.subject, l.created_at "
                        + "FROM lti_learner l JOIN lti_platform p ON p.id = l.platform_id WHERE l.account_id = ? ORDER BY l.created_at")
                        .setParameter(1, request.accountId()).getResultList(),
                "platform", "issuer", "subject", "firstLaunch"));
        request.add("scoresForPlatforms", rows(em.createNativeQuery("SELECT lineitem_url, score_given, score_maximum, graded_at, "
                        + "sent_at FROM lti_score WHERE account_id = ? ORDER BY graded_at, id")
                        .setParameter(1, request.accountId()).getResultList(),
                "lineItem", "scoreGiven", "scoreMaximum", "gradedAt", "sentAt"));
    }

    public void erase(@Observes AccountErased erased) {
        em.createNativeQuery("DELETE FROM lti_learner WHERE account_id = ?").setParameter(1, erased.accountId()).executeUpdate();
        em.createNativeQuery("DELETE FROM lti_score WHERE account_id = ?").setParameter(1, erased.accountId()).executeUpdate();
        em.createNativeQuery("DELETE FROM lti_grade_link WHERE account_id = ?").setParameter(1, erased.accountId()).executeUpdate();
    }
}
