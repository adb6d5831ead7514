package org.capacityacademy.credential.control;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.capacityacademy.credential.control.PdfSignatures.Check;
import org.capacityacademy.credential.control.PdfSignatures.Outcome;
import org.capacityacademy.credential.control.PdfSignatures.Signing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfSignaturesTest {

    static final Issuer ISSUER = Issuer.at("https://academy.example.org");
    static DocumentSigningKey key;
    static byte[] signed;

    @BeforeAll
    static void signAPdf() throws IOException {
        key = DocumentSigningKey.generate(ISSUER, Instant.now());
        signed = PdfSignatures.sign(blankPdf(), key, new Signing("Capacity Academy", "Completion record 7KX2P-9M4QT",
                "https://academy.example.org", Instant.parse("2026-12-01T10:15:30Z")), Optional.empty());
    }

    static byte[] blankPdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aSignedPdfIsIntactAndNamesItsCertificateAndReason() {
        Check check = PdfSignatures.check(signed);
        assertEquals(Outcome.INTACT, check.outcome());
        assertEquals(key.certificate(), check.signer());
        assertEquals("Completion record 7KX2P-9M4QT", check.reason());
        assertEquals(Instant.parse("2026-12-01T10:15:30Z"), check.signedAt());
        assertFalse(check.timestamped());
    }

    @Test
    void everySingleByteChangedInTheSignedPartIsReportedAsChanged() {
        String text = new String(signed, StandardCharsets.ISO_8859_1);
        int contents = text.lastIndexOf("/Contents <");
        int[] places = {text.indexOf("/MediaBox") + 3, text.indexOf("Completion record") + 11, contents + 200, signed.length - 30};
        for (int place : places) {
            byte[] changed = Arrays.copyOf(signed, signed.length);
            changed[place] = (byte) (changed[place] == '0' ? '1' : '0');
            assertEquals(Outcome.CHANGED, PdfSignatures.check(changed).outcome(), "byte " + place + " changed");
        }
    }

    @Test
    void anythingAddedAfterSigningIsReportedAsChanged() {
        byte[] extended = Arrays.copyOf(signed, signed.length + 40);
        byte[] update = "\n% an update appended later\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(update, 0, extended, signed.length, update.length);
        assertEquals(Outcome.CHANGED, PdfSignatures.check(extended).outcome());
    }

    @Test
    void anUnsignedPdfAndAnythingElseAreToldApart() throws IOException {
        assertEquals(Outcome.NOT_SIGNED, PdfSignatures.check(blankPdf()).outcome());
        assertEquals(Outcome.UNREADABLE, PdfSignatures.check("not a PDF".getBytes(StandardCharsets.US_ASCII)).outcome());
    }

    @Test
    void theKeyAndItsChainSurviveBeingKeptAsPem() {
        DocumentSigningKey read = DocumentSigningKey.fromPem(key.toPem());
        assertEquals(key.certificate(), read.certificate());
        assertEquals(key.privateKey(), read.privateKey());
        assertTrue(key.certificate().getSubjectX500Principal().getName().contains("academy.example.org"));
    }
}
