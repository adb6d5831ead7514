package org.capacityacademy.credential.control;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.multibase.Multibase;
import com.apicatalog.rdf.RdfNQuad;
import com.apicatalog.rdf.canon.RdfCanonicalizer;
import com.apicatalog.rdf.io.nquad.NQuadsWriter;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

/**
 * Data Integrity proofs with the {@code eddsa-rdfc-2022} cryptosuite (W3C Data Integrity EdDSA
 * Cryptosuites 1.0): the credential and the proof's options are each canonicalised as RDF
 * (RDFC-1.0) and hashed with SHA-256, and the two hashes are signed with the issuer's Ed25519
 * key, named by its Multikey in the DID document. Titanium JSON-LD turns the JSON-LD into RDF
 * with the shipped contexts only ({@link JsonLdContexts}), Titanium RDFC canonicalises it, and
 * the JDK signs. (Iron Verifiable Credentials 0.14 was tried first: its older canonicaliser
 * labels blank nodes differently from RDFC-1.0, so other verifiers refused its proofs.)
 */
public final class DataIntegrityProofs {

    static final String TYPE = "DataIntegrityProof";
    static final String CRYPTOSUITE = "eddsa-rdfc-2022";
    static final String PURPOSE = "assertionMethod";
    private static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private DataIntegrityProofs() {
    }

    /** The credential with a proof made now by the key. */
    public static JsonObject sign(JsonObject unsigned, IssuerKey key, Instant created) {
        JsonObject options = Json.createObjectBuilder()
                .add("type", TYPE)
                .add("cryptosuite", CRYPTOSUITE)
                .add("created", created.truncatedTo(ChronoUnit.SECONDS).toString())
                .add("verificationMethod", key.multikeyId())
                .add("proofPurpose", PURPOSE)
                .build();
        byte[] signature = key.signBytes(hashData(unsigned, options));
        JsonObject proof = Json.createObjectBuilder(options).add("proofValue", Multibase.BASE_58_BTC.encode(signature)).build();
        return Json.createObjectBuilder(unsigned).add("proof", proof).build();
    }

    /**
     * Checks a credential's proof against the issuer's keys.
     *
     * @param publicKeyOf the raw Ed25519 public key of a verification method id, if it is one of the issuer's
     * @return the verification method that made the proof, when the proof holds
     */
    public static Optional<String> verify(JsonObject credential, Function<String, Optional<byte[]>> publicKeyOf) {
        try {
            if (!(credential.get("proof") instanceof JsonObject proof) || !TYPE.equals(text(proof, "type"))
                    || !CRYPTOSUITE.equals(text(proof, "cryptosuite")) || !PURPOSE.equals(text(proof, "proofPurpose"))) {
                return Optional.empty();
            }
            String method = text(proof, "verificationMethod");
            Optional<byte[]> key = method == null ? Optional.empty() : publicKeyOf.apply(method);
            String proofValue = text(proof, "proofValue");
            if (key.isEmpty() || proofValue == null || !Multibase.BASE_58_BTC.isEncoded(proofValue)) {
                return Optional.empty();
            }
            JsonObject unsigned = Json.createObjectBuilder(credential).remove("proof").build();
            JsonObject options = Json.createObjectBuilder(proof).remove("proofValue").build();
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey(key.get()));
            verifier.update(hashData(unsigned, options));
            return verifier.verify(Multibase.BASE_58_BTC.decode(proofValue)) ? Optional.of(method) : Optional.empty();
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** SHA-256 of the canonical proof options (with the credential's context), then of the canonical credential. */
    private static byte[] hashData(JsonObject unsigned, JsonObject options) {
        JsonObject withContext = Json.createObjectBuilder(options).add("@context", unsigned.get("@context")).build();
        byte[] optionsHash = sha256(canonical(withContext));
        byte[] documentHash = sha256(canonical(unsigned));
        byte[] data = Arrays.copyOf(optionsHash, optionsHash.length + documentHash.length);
        System.arraycopy(documentHash, 0, data, optionsHash.length, documentHash.length);
        return data;
    }

    /** The document as canonical N-Quads (RDFC-1.0): one line per quad, sorted. */
    static String canonical(JsonObject document) {
        try {
            Collection<RdfNQuad> quads = RdfCanonicalizer.canonicalize(
                    JsonLd.toRdf(JsonDocument.of(document)).loader(JsonLdContexts.INSTANCE).get().toList());
            StringWriter out = new StringWriter();
            NQuadsWriter writer = new NQuadsWriter(out);
            for (RdfNQuad quad : quads) {
                writer.write(quad);
            }
            return out.toString().lines().sorted().map(line -> line + "\n").reduce("", String::concat);
        } catch (JsonLdError e) {
            throw new IllegalArgumentException("not JSON-LD the platform can read: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static PublicKey publicKey(byte[] raw) throws GeneralSecurityException {
        byte[] spki = Arrays.copyOf(ED25519_SPKI_PREFIX, ED25519_SPKI_PREFIX.length + raw.length);
        System.arraycopy(raw, 0, spki, ED25519_SPKI_PREFIX.length, raw.length);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonString string ? string.getString() : null;
    }
}
