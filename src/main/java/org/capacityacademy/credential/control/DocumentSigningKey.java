package org.capacityacademy.credential.control;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

/**
 * The academy's key for signing PDF certificates, with its X.509 certificate chain (the signer's
 * certificate first). It comes from the organisation's PKI as PEM, or is generated on first use
 * with a self-signed certificate that names the academy.
 */
public final class DocumentSigningKey {

    /** How long a generated certificate is valid: beyond it, readers still check signatures made while it was valid. */
    static final Duration GENERATED_VALIDITY = Duration.ofDays(3653);

    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;

    private DocumentSigningKey(PrivateKey privateKey, List<X509Certificate> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("the certificate chain must hold at least the signer's certificate");
        }
        this.privateKey = privateKey;
        this.chain = List.copyOf(chain);
    }

    /**
     * A new ECDSA P-256 key (as strong as RSA 3072, generated in milliseconds, read by Adobe
     * Reader, poppler and NSS) and a self-signed certificate for the academy at the given address.
     */
    public static DocumentSigningKey generate(Issuer issuer, Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.CN, issuer.name() + " (" + java.net.URI.create(issuer.publicUrl()).getHost() + ")")
                    .addRDN(BCStyle.O, issuer.name()).build();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                    new BigInteger(128, new SecureRandom()), Date.from(now.minus(Duration.ofHours(1))),
                    Date.from(now.plus(GENERATED_VALIDITY)), name, pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(new KeyPurposeId[]{
                    KeyPurposeId.id_kp_emailProtection, KeyPurposeId.getInstance(
                    new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.3.6.1.5.5.7.3.36"))}));
            X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate()));
            return new DocumentSigningKey(pair.getPrivate(), List.of(new JcaX509CertificateConverter().getCertificate(holder)));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("generating the certificate signing key", e);
        }
    }

    /** The key and chain from PEM: a private key (PKCS#8, or PKCS#1/SEC 1 as OpenSSL writes them) and one or more certificates. */
    public static DocumentSigningKey fromPem(String pem) {
        PrivateKey key = null;
        List<X509Certificate> chain = new ArrayList<>();
        JcaPEMKeyConverter keys = new JcaPEMKeyConverter();
        JcaX509CertificateConverter certificates = new JcaX509CertificateConverter();
        try (PEMParser parser = new PEMParser(new StringReader(pem.replace("\\n", "\n")))) {
            for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
                if (item instanceof PrivateKeyInfo info) {
                    key = keys.getPrivateKey(info);
                } else if (item instanceof PEMKeyPair pair) {
                    key = keys.getPrivateKey(pair.getPrivateKeyInfo());
                } else if (item instanceof X509CertificateHolder certificate) {
                    chain.add(certificates.getCertificate(certificate));
                }
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("the certificate signing key must be PEM: a private key and its certificate chain", e);
        }
        if (key == null || chain.isEmpty()) {
            throw new IllegalArgumentException("the certificate signing key must be PEM: a private key and its certificate chain");
        }
        return new DocumentSigningKey(key, chain);
    }

    /** The key and chain as PEM, to keep in the database. */
    public String toPem() {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(privateKey, null));
            for (X509Certificate certificate : chain) {
                writer.writeObject(certificate);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public List<X509Certificate> chain() {
        return chain;
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The signature algorithm for CMS: SHA-256 with the key's own algorithm. */
    String signatureAlgorithm() {
        return privateKey instanceof ECPrivateKey ? "SHA256withECDSA" : "SHA256with" + privateKey.getAlgorithm();
    }

    /** The SHA-256 fingerprint of a certificate, in lower-case hex: how the platform names it. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A certificate as PEM, for the platform's record of its certificates. */
    public static String pem(X509Certificate certificate) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(certificate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A certificate from PEM. */
    public static X509Certificate certificate(String pem) {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            return new JcaX509CertificateConverter().getCertificate((X509CertificateHolder) parser.readObject());
        } catch (IOException | GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("not a PEM certificate", e);
        }
    }

    static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
