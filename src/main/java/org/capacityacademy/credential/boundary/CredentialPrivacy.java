package org.capacityacademy.credential.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.boundary.AccountErased;
import org.capacityacademy.account.boundary.PersonalDataRequested;
import org.capacityacademy.credential.entity.CompletionRecord;

import static org.capacityacademy.account.boundary.PersonalDataRequested.rows;

/**
 * A person's completion records: in their export; on erasure they lose the holder's name and
 * organisation and keep the rest, valid and verifiable by their code.
 */
@Stateless
public class CredentialPrivacy {

    @PersistenceContext
    EntityManager em;

    public void export(@Observes PersonalDataRequested request) {
        request.add("completionRecords", rows(em.createNativeQuery("SELECT code, public_id, issue_number, learner_name, "
                        + "country_code, organisation, organisation_type, course_code, course_version, course_title, completed_at, "
                        + "issued_at, final_score, learning_minutes, revoked_at, revocation_reason FROM completion_record "
                        + "WHERE account_id = ? ORDER BY issued_at").setParameter(1, request.accountId()).getResultList(),
                "code", "id", "issue", "name", "country", "organisation", "organisationType", "course", "courseVersion",
                "courseTitle", "completedAt", "issuedAt", "finalScore", "learningMinutes", "revokedAt", "revocationReason"));
    }

    public void erase(@Observes AccountErased erased) {
        em.createNamedQuery(CompletionRecord.FIND_OF_ACCOUNT, CompletionRecord.class).setParameter("account", erased.accountId())
                .getResultList().forEach(record -> record.eraseHolder(erased.formerName(), erased.at()));
    }
}
