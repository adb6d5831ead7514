package org.capacityacademy.credential.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.credential.control.Issuer;
import org.capacityacademy.credential.control.IssuerKey;
import org.capacityacademy.credential.entity.SigningKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The issuer and its signing key. The key comes from {@code credential.signing.key}
 * (CREDENTIAL_SIGNING_KEY, an Ed25519 private JWK) when configured; otherwise it is generated on
 * first use and kept in the database, so that every node of a cluster signs with the same key
 * and a restart keeps it. Two nodes generating at the same moment store one: the second one's
 * request fails on the key's primary key, and its next request reads the first one's key.
 */
@Singleton
@Lock(LockType.READ)
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "credential.signing.key")
    Optional<String> configuredKey;

    @EJB
    SigningKeys self;

    private volatile IssuerKey key;

    public Issuer issuer() {
        return Issuer.at(publicUrl);
    }

    /** The key, read (or generated) once per node; later calls need no transaction. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public IssuerKey key() {
        IssuerKey known = key;
        if (known == null) {
            known = self.load();
            key = known;
        }
        return known;
    }

    /** In a transaction of its own: a generated key is stored whatever becomes of the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public IssuerKey load() {
        String jwk = configuredKey.filter(value -> !value.isBlank()).orElseGet(this::storedOrNew);
        return IssuerKey.fromPrivateJwk(jwk, issuer());
    }

    private String storedOrNew() {
        SigningKey stored = em.find(SigningKey.class, SigningKey.ISSUER);
        if (stored != null) {
            return stored.getPrivateJwk();
        }
        String generated = IssuerKey.generate();
        em.persist(new SigningKey(SigningKey.ISSUER, generated, Instant.now()));
        em.flush();
        LOG.info("Generated the platform's Ed25519 signing key for credentials; it is kept in the database");
        return generated;
    }
}
