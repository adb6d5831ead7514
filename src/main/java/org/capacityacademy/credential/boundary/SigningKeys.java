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
import org.capacityacademy.credential.control.DocumentSigningKey;
import org.capacityacademy.credential.control.Issuer;
import org.capacityacademy.credential.control.IssuerKey;
import org.capacityacademy.credential.control.Timestamps;
import org.capacityacademy.credential.entity.IssuerPublicKey;
import org.capacityacademy.credential.entity.IssuerPublicKey.Kind;
import org.capacityacademy.credential.entity.SigningKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The issuer and its signing keys: the Ed25519 key of credentials ({@code credential.signing.key},
 * CREDENTIAL_SIGNING_KEY, a private JWK) and the key and X.509 chain of PDF certificates
 * ({@code certificate.signing.key}, CERTIFICATE_SIGNING_KEY, PEM). Each comes from configuration
 * when given; otherwise it is generated on first use and kept in the database, so that every node
 * of a cluster signs with the same key and a restart keeps it. Two nodes generating at the same
 * moment store one: the second one's request fails on the key's primary key, and its next request
 * reads the first one's key. Every public key is also recorded ({@link IssuerPublicKey}) and kept
 * after a rotation, so what was signed before still verifies.
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

    @Inject
    @ConfigProperty(name = "certificate.signing.key")
    Optional<String> configuredDocumentKey;

    @Inject
    @ConfigProperty(name = "certificate.timestamp.url")
    Optional<String> timestampUrl;

    @EJB
    SigningKeys self;

    private volatile IssuerKey key;
    private volatile DocumentSigningKey documentKey;

    public Issuer issuer() {
        return Issuer.at(publicUrl);
    }

    /** The credentials' key, read (or generated) once per node; later calls need no transaction. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public IssuerKey key() {
        IssuerKey known = key;
        if (known == null) {
            known = self.load();
            key = known;
        }
        return known;
    }

    /** The PDF certificates' key and chain, read (or generated) once per node. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public DocumentSigningKey documentKey() {
        DocumentSigningKey known = documentKey;
        if (known == null) {
            known = self.loadDocumentKey();
            documentKey = known;
        }
        return known;
    }

    /** The timestamp authority PDF signatures ask, when one is configured (PAdES B-T). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Timestamps> timestamps() {
        return timestampUrl.filter(url -> !url.isBlank()).map(url -> new Timestamps(URI.create(url.strip())));
    }

    /** In a transaction of its own: a generated key is stored whatever becomes of the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public IssuerKey load() {
        String jwk = configuredKey.filter(value -> !value.isBlank())
                .orElseGet(() -> storedOrNew(SigningKey.ISSUER, IssuerKey::generate, "Ed25519 signing key for credentials"));
        IssuerKey loaded = IssuerKey.fromPrivateJwk(jwk, issuer());
        record(loaded.thumbprint(), Kind.ED25519, loaded.multibase());
        return loaded;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public DocumentSigningKey loadDocumentKey() {
        String pem = configuredDocumentKey.filter(value -> !value.isBlank())
                .orElseGet(() -> storedOrNew(SigningKey.CERTIFICATE,
                        () -> DocumentSigningKey.generate(issuer(), Instant.now()).toPem(),
                        "key and self-signed certificate for PDF certificates"));
        DocumentSigningKey loaded = DocumentSigningKey.fromPem(pem);
        X509Certificate certificate = loaded.certificate();
        record(DocumentSigningKey.fingerprint(certificate), Kind.X509, DocumentSigningKey.pem(certificate));
        return loaded;
    }

    /** Every Ed25519 public key the platform has signed credentials with, the oldest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<IssuerPublicKey> credentialKeys() {
        key();
        return em.createNamedQuery(IssuerPublicKey.FIND_OF_KIND, IssuerPublicKey.class).setParameter("kind", Kind.ED25519)
                .getResultList();
    }

    /** Whether the platform has ever signed PDF certificates with this certificate. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isOwnCertificate(X509Certificate certificate) {
        documentKey();
        IssuerPublicKey known = em.find(IssuerPublicKey.class, DocumentSigningKey.fingerprint(certificate));
        return known != null && known.getKind() == Kind.X509;
    }

    private void record(String id, Kind kind, String publicKey) {
        if (em.find(IssuerPublicKey.class, id) == null) {
            em.persist(new IssuerPublicKey(id, kind, publicKey, Instant.now()));
            em.flush();
        }
    }

    private String storedOrNew(String id, Supplier<String> generator, String what) {
        SigningKey stored = em.find(SigningKey.class, id);
        if (stored != null) {
            return stored.getPrivateKey();
        }
        String generated = generator.get();
        em.persist(new SigningKey(id, generated, Instant.now()));
        em.flush();
        LOG.info("Generated the platform's " + what + "; it is kept in the database");
        return generated;
    }
}
