package org.capacityacademy.credential.control;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An RFC 3161 timestamp authority: its token over a CMS signature, added as the signature's
 * unsigned signature-time-stamp attribute, proves the signature existed at that time (PAdES B-T).
 */
public final class Timestamps {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI authority;

    public Timestamps(URI authority) {
        this.authority = authority;
    }

    /** The CMS with the authority's token over each signature. */
    CMSSignedData stamp(CMSSignedData signed) throws IOException {
        try {
            List<SignerInformation> stamped = new java.util.ArrayList<>();
            for (SignerInformation signer : signed.getSignerInfos().getSigners()) {
                TimeStampToken token = token(signer.getSignature());
                ASN1EncodableVector attributes = signer.getUnsignedAttributes() == null ? new ASN1EncodableVector()
                        : signer.getUnsignedAttributes().toASN1EncodableVector();
                attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                        new DERSet(ASN1Primitive.fromByteArray(token.getEncoded()))));
                stamped.add(SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(attributes)));
            }
            return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
        } catch (TSPException | GeneralSecurityException e) {
            throw new IOException("the timestamp authority " + authority + " gave no valid token", e);
        }
    }

    private TimeStampToken token(byte[] signature) throws IOException, TSPException, GeneralSecurityException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(signature);
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        BigInteger nonce = new BigInteger(64, new SecureRandom());
        TimeStampRequest request = generator.generate(NISTObjectIdentifiers.id_sha256, digest, nonce);
        HttpResponse<byte[]> response;
        try {
            response = HTTP.send(HttpRequest.newBuilder(authority).timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking " + authority, e);
        }
        if (response.statusCode() != 200) {
            throw new IOException("the timestamp authority " + authority + " answered " + response.statusCode());
        }
        TimeStampResponse answer = new TimeStampResponse(response.body());
        answer.validate(request);
        if (answer.getTimeStampToken() == null) {
            throw new IOException("the timestamp authority " + authority + " refused: " + answer.getStatusString());
        }
        return answer.getTimeStampToken();
    }

    /** The time in a signature's timestamp token, if it has one whose imprint is that signature's. */
    static Optional<Instant> timeOf(SignerInformation signer) {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute attribute = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return Optional.empty();
        }
        try {
            TimeStampToken token = new TimeStampToken(new CMSSignedData(attribute.getAttrValues().getObjectAt(0)
                    .toASN1Primitive().getEncoded()));
            byte[] digest = MessageDigest.getInstance(token.getTimeStampInfo().getMessageImprintAlgOID().getId())
                    .digest(signer.getSignature());
            return MessageDigest.isEqual(digest, token.getTimeStampInfo().getMessageImprintDigest())
                    ? Optional.of(token.getTimeStampInfo().getGenTime().toInstant()) : Optional.empty();
        } catch (IOException | TSPException | CMSException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }
}
