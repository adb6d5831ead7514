package org.capacityacademy.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.boundary.AccountErased;
import org.capacityacademy.account.boundary.PersonalDataRequested;

import static org.capacityacademy.account.boundary.PersonalDataRequested.rows;

/**
 * A person's links to providers (which provider knows them by which subject): in their export; on
 * erasure removed, so that signing in through the provider again finds no account.
 */
@Stateless
public class IdentityPrivacy {

    @PersistenceContext
    EntityManager em;

    public void export(@Observes PersonalDataRequested request) {
        request.add("providerLinks", rows(em.createNativeQuery("SELECT p.issuer, l.subject, l.linked_at FROM identity_link l "
                        + "JOIN identity_provider p ON p.id = l.provider_id WHERE l.account_id = ? ORDER BY l.linked_at")
                .setParameter(1, request.accountId()).getResultList(), "issuer", "subject", "linkedAt"));
    }

    public void erase(@Observes AccountErased erased) {
        em.createNativeQuery("DELETE FROM identity_link WHERE account_id = ?").setParameter(1, erased.accountId()).executeUpdate();
    }
}
