package org.capacityacademy.credential.control;

import com.sun.net.httpserver.HttpServer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.capacityacademy.credential.control.PdfSignatures.Check;
import org.capacityacademy.credential.control.PdfSignatures.Outcome;
import org.capacityacademy.credential.control.PdfSignatures.Signing;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PAdES B-T: a timestamp authority (here a small RFC 3161 server on loopback, made with Bouncy Castle) stamps the signature. */
class TimestampsTest {

    @Test
    void aSignatureWithATimestampAuthorityCarriesItsTokenAndTime() throws Exception {
        Instant authorityTime = Instant.parse("2026-12-02T08:00:00Z");
        HttpServer authority = timestampAuthority(authorityTime);
        try {
            URI url = URI.create("http://127.0.0.1:" + authority.getAddress().getPort() + "/tsr");
            DocumentSigningKey key = DocumentSigningKey.generate(PdfSignaturesTest.ISSUER, Instant.now());
            byte[] signed = PdfSignatures.sign(PdfSignaturesTest.blankPdf(), key, new Signing("Capacity Academy",
                    "Completion record 7KX2P-9M4QT", "https://academy.example.org", Instant.parse("2026-12-02T07:59:58Z")),
                    Optional.of(new Timestamps(url)));
            Check check = PdfSignatures.check(signed);
            assertEquals(Outcome.INTACT, check.outcome());
            assertTrue(check.timestamped(), "the signature has the authority's token");
            assertEquals(authorityTime, check.signedAt(), "the authority's time, not the one the signer claims");
        } finally {
            authority.stop(0);
        }
    }

    private static HttpServer timestampAuthority(Instant time) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Test timestamp authority");
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
                Date.from(time.minus(Duration.ofDays(1))), Date.from(time.plus(Duration.ofDays(1))), name, pair.getPublic());
        builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                .build("SHA256withRSA", pair.getPrivate(), certificate),
                new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1)),
                new ASN1ObjectIdentifier("1.2.3.4.1"));
        tokens.addCertificates(new JcaCertStore(List.of(certificate)));
        TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tsr", exchange -> {
            try {
                TimeStampRequest request = new TimeStampRequest(exchange.getRequestBody().readAllBytes());
                byte[] answer = responses.generate(request, BigInteger.TWO, Date.from(time)).getEncoded();
                exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
        return server;
    }
}
