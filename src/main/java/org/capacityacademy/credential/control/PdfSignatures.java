package org.capacityacademy.credential.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * PAdES signatures on PDF certificates, made and checked with Apache PDFBox and Bouncy Castle.
 * A signature is a detached CMS ({@code ETSI.CAdES.detached}) over the whole file but the
 * signature itself, with the ESS signing-certificate-v2 attribute and no CMS signing time (PAdES
 * baseline B-B: the time is the signature dictionary's); with a timestamp authority, its RFC 3161
 * token over the signature is added (B-T).
 */
public final class PdfSignatures {

    /** Room reserved for the CMS in the file: the chain of an organisation's PKI and a timestamp token fit in it. */
    static final int SIGNATURE_SIZE = 32 * 1024;

    private PdfSignatures() {
    }

    /** What a signature says about the signer and why, shown by PDF readers. */
    public record Signing(String signerName, String reason, String location, Instant time) {
    }

    /** How a PDF's signature checked out. */
    public enum Outcome {
        /** Signed, the signature holds, and nothing was added or changed after signing. */
        INTACT,
        /** Signed, but a byte covered by the signature differs, or the file was extended after signing. */
        CHANGED,
        /** A readable PDF without a signature. */
        NOT_SIGNED,
        /** Not a PDF that can be read. */
        UNREADABLE
    }

    /**
     * What a check found: the outcome, and for a signature that holds, its certificate, reason and
     * the time the signer claims (or the timestamp authority's time, when there is a token).
     */
    public record Check(Outcome outcome, X509Certificate signer, String reason, Instant signedAt, boolean timestamped) {

        static Check of(Outcome outcome) {
            return new Check(outcome, null, null, null, false);
        }
    }

    /** The PDF signed with the key: an incremental update, so the signed bytes stay as they were. */
    public static byte[] sign(byte[] pdf, DocumentSigningKey key, Signing signing, Optional<Timestamps> timestamps) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signing.signerName());
            signature.setReason(signing.reason());
            signature.setLocation(signing.location());
            Calendar time = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            time.setTimeInMillis(signing.time().toEpochMilli());
            signature.setSignDate(time);
            SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            document.addSignature(signature, content -> cms(content, key, timestamps), options);
            ByteArrayOutputStream signed = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE + 4096);
            document.saveIncremental(signed);
            options.close();
            return signed.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] cms(InputStream content, DocumentSigningKey key, Optional<Timestamps> timestamps) throws IOException {
        try {
            X509Certificate certificate = key.certificate();
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(DocumentSigningKey.encoded(certificate));
            ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash,
                    new IssuerSerial(new GeneralNames(new GeneralName(X500Name.getInstance(
                            certificate.getIssuerX500Principal().getEncoded()))), certificate.getSerialNumber()));
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[]{id}))));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new WithoutSigningTime(new AttributeTable(attributes)))
                    .build(new JcaContentSignerBuilder(key.signatureAlgorithm()).build(key.privateKey()), certificate));
            generator.addCertificates(new JcaCertStore(key.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
            if (timestamps.isPresent()) {
                signed = timestamps.get().stamp(signed);
            }
            return signed.getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("signing the certificate", e);
        }
    }

    /** PAdES forbids the CMS signing-time attribute: the signature dictionary's M entry holds the claimed time. */
    private static final class WithoutSigningTime extends DefaultSignedAttributeTableGenerator {

        WithoutSigningTime(AttributeTable attributes) {
            super(attributes);
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        protected Hashtable createStandardAttributeTable(Map parameters) {
            Hashtable table = super.createStandardAttributeTable(parameters);
            table.remove(CMSAttributes.signingTime);
            return table;
        }
    }

    /** The CMS at the start of the signature's contents, which the PDF pads with zeros to its reserved size. */
    private static ContentInfo cmsIn(byte[] contents) throws CMSException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return ContentInfo.getInstance(in.readObject());
        } catch (IOException e) {
            throw new CMSException("the signature is not CMS", e);
        }
    }

    /**
     * Checks the PDF's signature (the first one, which the platform made): the CMS signature and
     * the digest of the signed bytes, and that the signature covers the whole file.
     */
    public static Check check(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return Check.of(Outcome.NOT_SIGNED);
            }
            PDSignature signature = signatures.get(0);
            int[] range = signature.getByteRange();
            if (range == null || range.length != 4 || range[0] != 0 || range[1] < 0 || range[2] < range[1]
                    || range[3] < 0 || (long) range[2] + range[3] > pdf.length) {
                return Check.of(Outcome.CHANGED);
            }
            byte[] signedContent;
            try {
                signedContent = signature.getSignedContent(pdf);
            } catch (IOException e) {
                return Check.of(Outcome.CHANGED);
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent),
                    cmsIn(signature.getContents(pdf)));
            SignerInformationStore signers = cms.getSignerInfos();
            if (signers.size() != 1) {
                return Check.of(Outcome.CHANGED);
            }
            SignerInformation signer = signers.getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            var matches = cms.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                return Check.of(Outcome.CHANGED);
            }
            X509CertificateHolder holder = (X509CertificateHolder) matches.iterator().next();
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))) {
                return Check.of(Outcome.CHANGED);
            }
            boolean wholeFile = (long) range[2] + range[3] == pdf.length;
            if (!wholeFile || signatures.size() > 1) {
                return Check.of(Outcome.CHANGED);
            }
            Optional<Instant> stamped = Timestamps.timeOf(signer);
            Instant claimed = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
            return new Check(Outcome.INTACT, new JcaX509CertificateConverter().getCertificate(holder), signature.getReason(),
                    stamped.orElse(claimed), stamped.isPresent());
        } catch (IOException e) {
            return Check.of(Outcome.UNREADABLE);
        } catch (CMSException | GeneralSecurityException | OperatorCreationException | RuntimeException e) {
            // a signature that cannot even be read, or whose digest no longer matches the bytes
            return Check.of(Outcome.CHANGED);
        }
    }
}
