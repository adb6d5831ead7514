package org.capacityacademy.credential.control;

import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.ld.DocumentError;
import com.apicatalog.ld.signature.SigningError;
import com.apicatalog.ld.signature.VerificationError;
import com.apicatalog.ld.signature.VerificationMethod;
import com.apicatalog.ld.signature.eddsa.EdDSASignature2022;
import com.apicatalog.multikey.MultiKey;
import com.apicatalog.vc.integrity.DataIntegrityProofDraft;
import com.apicatalog.vc.method.resolver.MethodResolver;
import com.apicatalog.vc.proof.Proof;
import com.apicatalog.vc.verifier.Verifier;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Data Integrity proofs with the {@code eddsa-rdfc-2022} cryptosuite (W3C): the credential is
 * canonicalised as RDF (RDFC-1.0) and signed with the issuer's Ed25519 key, named by its
 * Multikey in the DID document. Iron Verifiable Credentials and Titanium JSON-LD do the
 * canonicalisation and the proof; the contexts come from {@link JsonLdContexts} only.
 */
public final class DataIntegrityProofs {

    private static final URI ASSERTION = URI.create("https://w3id.org/security#assertionMethod");
    private static final EdDSASignature2022 SUITE = new EdDSASignature2022();

    private DataIntegrityProofs() {
    }

    /** The credential with a proof made now by the key. */
    public static JsonObject sign(JsonObject unsigned, IssuerKey key, Instant created) {
        MultiKey pair = new MultiKey();
        pair.setId(URI.create(key.multikeyId()));
        pair.setController(URI.create(key.multikeyId().substring(0, key.multikeyId().indexOf('#'))));
        pair.setAlgorithm("Ed25519");
        pair.setPublicKey(key.rawPublic());
        pair.setPrivateKey(key.rawPrivate());
        try {
            DataIntegrityProofDraft draft = SUITE.createDraft(URI.create(key.multikeyId()), ASSERTION);
            draft.created(created.truncatedTo(ChronoUnit.SECONDS));
            JsonObject signed = SUITE.createIssuer(pair).loader(JsonLdContexts.INSTANCE).useBundledContexts(false)
                    .sign(unsigned, draft).compacted();
            // the credential as written, with the proof the library made for it
            return Json.createObjectBuilder(unsigned).add("proof", signed.get("proof")).build();
        } catch (SigningError | DocumentError e) {
            throw new IllegalStateException("signing a credential with eddsa-rdfc-2022", e);
        }
    }

    /**
     * Checks a credential's proof against the issuer's keys.
     *
     * @param publicKeyOf the raw Ed25519 public key of a verification method id, if it is one of the issuer's
     * @return the verification method that made the proof, when the proof holds
     */
    public static Optional<String> verify(JsonObject credential, Function<String, Optional<byte[]>> publicKeyOf) {
        try {
            var verified = Verifier.with(SUITE).loader(JsonLdContexts.INSTANCE).useBundledContexts(false)
                    .methodResolvers(List.of(new IssuerKeys(publicKeyOf)))
                    // the library's status check knows an older draft; revocation is read from the records themselves
                    .statusValidator(status -> { })
                    .verify(credential);
            return verified.proofs().stream().findFirst().map(proof -> proof.method().id().toString());
        } catch (VerificationError | DocumentError | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Resolves the verification methods of the issuer's own keys, and no other: nothing is fetched. */
    private record IssuerKeys(Function<String, Optional<byte[]>> publicKeyOf) implements MethodResolver {

        @Override
        public VerificationMethod resolve(URI id, DocumentLoader loader, Proof proof) throws DocumentError {
            byte[] raw = publicKeyOf.apply(id.toString())
                    .orElseThrow(() -> new DocumentError(DocumentError.ErrorType.Unknown, "VerificationMethod"));
            MultiKey key = new MultiKey();
            key.setId(id);
            key.setController(URI.create(id.toString().substring(0, Math.max(0, id.toString().indexOf('#')))));
            key.setAlgorithm("Ed25519");
            key.setPublicKey(raw);
            return key;
        }

        @Override
        public boolean isAccepted(URI id) {
            return true;
        }
    }
}
