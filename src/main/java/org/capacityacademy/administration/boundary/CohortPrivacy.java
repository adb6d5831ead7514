package org.capacityacademy.administration.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.boundary.PersonalDataRequested;

import static org.capacityacademy.account.boundary.PersonalDataRequested.rows;

/**
 * The cohorts a person belongs to, in their export. On erasure the memberships stay: once the
 * account is anonymised they say nothing about who the person was, and the reports by cohort
 * stay right.
 */
@Stateless
public class CohortPrivacy {

    @PersistenceContext
    EntityManager em;

    public void export(@Observes PersonalDataRequested request) {
        request.add("cohorts", rows(em.createNativeQuery("SELECT c.name, m.added_at FROM cohort_member m "
                        + "JOIN cohort c ON c.id = m.cohort_id WHERE m.account_id = ? ORDER BY m.added_at, c.id")
                        .setParameter(1, request.accountId()).getResultList(),
                "cohort", "addedAt"));
    }
}
