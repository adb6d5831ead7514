package org.capacityacademy.lti.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.lti.control.ToolKeyPair;
import org.capacityacademy.lti.entity.ToolKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.Optional;

/**
 * The academy's key pair as an LTI tool: from configuration ({@code lti.tool.key}, LTI_TOOL_KEY, a
 * private RSA JWK) when given; otherwise generated on first use and kept in the database, so that
 * every node of a cluster signs with the same key and a restart keeps it (two nodes generating at
 * once store one: the second fails on the primary key and reads the first's on its next call).
 */
@Singleton
@Lock(LockType.READ)
public class ToolKeys {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "lti.tool.key")
    Optional<String> configuredKey;

    @EJB
    ToolKeys self;

    private volatile ToolKeyPair key;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ToolKeyPair key() {
        ToolKeyPair known = key;
        if (known == null) {
            known = self.load();
            key = known;
        }
        return known;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ToolKeyPair load() {
        if (configuredKey.filter(value -> !value.isBlank()).isPresent()) {
            return ToolKeyPair.fromPrivateJwk(configuredKey.get().strip());
        }
        Optional<ToolKey> stored = em.createQuery("SELECT k FROM ToolKey k ORDER BY k.createdAt DESC", ToolKey.class)
                .setMaxResults(1).getResultStream().findFirst();
        if (stored.isPresent()) {
            return ToolKeyPair.fromPrivateJwk(stored.get().getPrivateJwk());
        }
        ToolKeyPair generated = ToolKeyPair.generate();
        em.persist(new ToolKey(generated.kid(), generated.privateJwk(), Instant.now()));
        em.flush();
        return generated;
    }
}
