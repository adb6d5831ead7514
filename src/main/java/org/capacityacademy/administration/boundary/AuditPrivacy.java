package org.capacityacademy.administration.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.boundary.AccountErased;
import org.capacityacademy.account.boundary.PersonalDataRequested;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.administration.entity.AuditEntry;

import static org.capacityacademy.account.boundary.PersonalDataRequested.rows;

/**
 * The audit log's lines about a person: in their export (with what was done about them, and
 * what they did as an administrator, without other people's details); on erasure their address
 * and name are replaced in the lines, which otherwise stay: who did what and when is kept.
 */
@Stateless
public class AuditPrivacy {

    @PersistenceContext
    EntityManager em;

    public void export(@Observes PersonalDataRequested request) {
        String id = String.valueOf(request.accountId());
        request.add("auditEntriesAboutYou", rows(em.createNativeQuery("SELECT occurred_at, action, details FROM audit_entry "
                        + "WHERE subject_type = 'account' AND subject_id = ? ORDER BY occurred_at, id").setParameter(1, id).getResultList(),
                "occurredAt", "action", "details"));
        request.add("auditEntriesByYou", rows(em.createNativeQuery("SELECT occurred_at, action, subject_type, subject_id "
                        + "FROM audit_entry WHERE actor_id = ? ORDER BY occurred_at, id").setParameter(1, request.accountId()).getResultList(),
                "occurredAt", "action", "subjectType", "subject"));
    }

    public void erase(@Observes AccountErased erased) {
        String erasedEmail = Account.erasedEmail(erased.accountId());
        em.createNativeQuery("UPDATE audit_entry SET actor_email = ? WHERE actor_id = ?").setParameter(1, erasedEmail)
                .setParameter(2, erased.accountId()).executeUpdate();
        em.createNativeQuery("UPDATE audit_entry SET details = REPLACE(details, ?, ?) WHERE details LIKE ?")
                .setParameter(1, erased.formerEmail()).setParameter(2, erasedEmail)
                .setParameter(3, "%" + erased.formerEmail() + "%").executeUpdate();
        String name = erased.formerName();
        if (name != null && !name.isBlank()) {
            em.createNativeQuery("UPDATE audit_entry SET details = REPLACE(details, ?, ?) WHERE details LIKE ? AND "
                            + "((subject_type = 'account' AND subject_id = ?) OR (subject_type = 'completion-record' AND subject_id IN "
                            + "(SELECT public_id FROM completion_record WHERE account_id = ?)))")
                    .setParameter(1, name).setParameter(2, Account.erasedName(erased.accountId())).setParameter(3, "%" + name + "%")
                    .setParameter(4, String.valueOf(erased.accountId())).setParameter(5, erased.accountId()).executeUpdate();
        }
        em.getEntityManagerFactory().getCache().evict(AuditEntry.class);
    }
}
