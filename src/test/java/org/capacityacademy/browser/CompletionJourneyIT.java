package org.capacityacademy.browser;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.capacityacademy.TestAccounts;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A learner finishes the course in the browser, is told so on the final assessment's review with
 * links to the record, its certificate and its credential, downloads the signed PDF certificate and
 * the Open Badges credential in both forms from My records, which independent verifiers accept
 * (poppler's pdfsig, the Digital Credentials Consortium's libraries) and refuse after one byte or
 * character is changed; a visitor uploads the PDF and verifies the code without an account; an
 * administrator revokes the record (on a page whose two forms a screen reader tells apart), and the
 * visitor and the status list then say revoked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompletionJourneyIT {

    private static final String COURSE_PAGE = "/catalog/course.xhtml?code=gge-2013";
    private static final String LEARNER = "Amina Diallo";

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    private String get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path)).header("Accept", accept)
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /**
     * Completes the open lesson with its button. On a slow machine the page may complete it first,
     * on its own, once the learner has been at its end for five seconds: the button is then gone.
     */
    private static void complete(Browser learner) {
        try {
            learner.clickAgain("complete:submit");
        } catch (NoSuchElementException | StaleElementReferenceException completedByThePage) {
            // read to the end: the page has sent the completion itself
        }
        learner.waitUntilCount("#lesson-done", 1);
    }

    @Test
    void learnerFinishesDownloadsTheCertificateAndAVisitorVerifiesIt() throws Exception {
        String email = TestAccounts.uniqueEmail("graduate");
        String code;
        byte[] certificate;
        String linkedData;
        try (Browser learner = Browser.open(base, "en")) {
            Journeys.register(learner, email, LEARNER);
            Journeys.signInSuccessfully(learner, email, TestAccounts.PASSWORD);
            learner.go(COURSE_PAGE).click("enrol:submit");
            List<String> lessons = learner.elements("ol.lessons a[href*='lesson.xhtml']").stream()
                    .map(a -> a.getAttribute("href")).toList();
            assertEquals(17, lessons.size());
            learner.go(lessons.get(0).substring(lessons.get(0).indexOf("/catalog/")));
            complete(learner);
            for (String lesson : lessons.subList(1, lessons.size())) {
                learner.goAgain(lesson.substring(lesson.indexOf("/catalog/")));
                complete(learner);
            }
            learner.go(COURSE_PAGE);
            assertTrue(learner.text("#course-progress").contains("100%"), learner.text("#course-progress"));
            learner.go("/learning/quiz.xhtml?course=gge-2013&quiz=final").click("start:submit");
            int questions = new AnswerKey().answerEveryQuestion(learner);
            learner.waitUntilCount(".save-status[data-state=saved]", questions);
            learner.click("attempt:submit");
            assertTrue(learner.text("#score").startsWith("Score: 100"), learner.text("#score"));
            assertEquals("You have completed the course", learner.text("#course-complete h2"), "the review says so");
            String certificateLink = learner.attribute("#certificate-link", "href").replaceFirst("^https?://[^/]+", "");
            String credential = learner.attribute("#credential-link", "href").replaceFirst("^https?://[^/]+", "");
            assertTrue(certificateLink.matches("/api/records/[0-9a-f-]{36}/certificate\\.pdf"), certificateLink);
            assertEquals(certificateLink.replace("certificate.pdf", "credential.jwt"), credential);

            learner.click("record-link");
            assertEquals("/credential/my-records.xhtml", learner.path());
            assertEquals(certificateLink, learner.attribute(".certificate-link", "href").replaceFirst("^https?://[^/]+", ""),
                    "the review's links are the record's own");
            learner.go(COURSE_PAGE).click("my-records-link");
            WebElement card = learner.elements(".record-card").get(0);
            assertTrue(card.getText().contains("The 2013 UN GGE report"), card.getText());
            code = learner.text(".record-card .code");
            assertTrue(code.matches("[2-9A-Z]{5}-[2-9A-Z]{5}"), code);

            String pdfPath = learner.attribute(".certificate-link", "href").replaceFirst("^https?://[^/]+", "");
            certificate = learner.fetchBytes(pdfPath);
            try (PDDocument pdf = Loader.loadPDF(certificate)) {
                String text = new PDFTextStripper().getText(pdf);
                assertTrue(text.contains(LEARNER), text);
                assertTrue(text.contains("The 2013 UN GGE report"), text);
                assertTrue(text.contains(code), text);
                assertTrue(text.contains("Certificate of completion"), text);
            }
            String jwt = new String(learner.fetchBytes(learner.attribute(".credential-link", "href")
                    .replaceFirst("^https?://[^/]+", "")), StandardCharsets.US_ASCII);
            OctetKeyPair key = (OctetKeyPair) JWKSet.parse(get("/.well-known/jwks.json", "application/json")).getKeys().get(0);
            assertTrue(JWSObject.parse(jwt).verify(new Ed25519Verifier(key)), "the credential verifies with the published key");
            int middle = jwt.indexOf('.') + 30;
            String tampered = jwt.substring(0, middle) + (jwt.charAt(middle) == 'x' ? 'y' : 'x') + jwt.substring(middle + 1);
            assertFalse(JWSObject.parse(tampered).verify(new Ed25519Verifier(key)), "one character changed fails");

            // the signed PDF, as poppler's pdfsig sees it, and as /verify answers a program that posts it
            String report = IndependentVerifiers.pdfsig(certificate);
            assertTrue(report.contains("Signature Validation: Signature is Valid.") && report.contains("Total document signed")
                    && report.contains("Capacity Academy"), report);
            byte[] changed = IndependentVerifiers.withOneByteChanged(certificate);
            report = IndependentVerifiers.pdfsig(changed);
            assertTrue(report.contains("Digest Mismatch"), report);
            String answer = postPdf(changed);
            assertTrue(answer.contains("\"status\":\"unknown\"") && answer.contains("\"reason\":\"document-changed\""), answer);
            answer = postPdf(certificate);
            assertTrue(answer.contains("\"status\":\"valid\"") && answer.contains("\"intact\":true") && answer.contains(LEARNER),
                    answer);

            // the Data Integrity credential, as the Digital Credentials Consortium's verifier sees it
            linkedData = new String(learner.fetchBytes(learner.attribute(".linked-data-link", "href")
                    .replaceFirst("^https?://[^/]+", "")), StandardCharsets.UTF_8);
            assertTrue(linkedData.contains("\"cryptosuite\":\"eddsa-rdfc-2022\""), linkedData);
            assertEquals("{\"verified\":true,\"revoked\":false}", nodeVerifier(linkedData));
            String oneCharacterChanged = linkedData.replace(LEARNER, LEARNER.substring(0, LEARNER.length() - 1) + "a");
            assertTrue(nodeVerifier(oneCharacterChanged).startsWith("{\"verified\":false"), nodeVerifier(oneCharacterChanged));

            try (Browser visitor = Browser.open(base, "en")) {
                visitor.go("/").click("verify-link");
                Path file = Files.createTempFile("certificate", ".pdf");
                Files.write(file, certificate);
                visitor.upload("pdf-input", file).click("pdf-submit");
                Files.delete(file);
                assertEquals("valid", visitor.attribute("#verdict-heading", "data-status"));
                assertTrue(visitor.text("#signature").startsWith("Signature intact: signed by Capacity Academy"),
                        visitor.text("#signature"));
                assertEquals(LEARNER, visitor.text("#learner"));

                visitor.fill("credential-input", tampered).click("credential-submit");
                assertEquals("unknown", visitor.attribute("#verdict-heading", "data-status"));
                assertTrue(visitor.text("#reason").contains("changed after it was issued"), visitor.text("#reason"));

                visitor.fill("code-input", code.toLowerCase().replace("-", " ")).click("verify-submit");
                assertEquals("/verify/" + code.toLowerCase().replace("-", "%20"), visitor.path());
                assertEquals("valid", visitor.attribute("#verdict-heading", "data-status"));
                assertEquals(LEARNER, visitor.text("#learner"));
                assertTrue(visitor.text("#country").startsWith("Senegal"), visitor.text("#country"));
                assertTrue(visitor.text("#country").contains("least developed country"), visitor.text("#country"));

                String typo = (code.charAt(0) == '2' ? '3' : '2') + code.substring(1);
                visitor.go("/verify/" + typo);
                assertTrue(visitor.text("#reason").contains("typing mistake"), visitor.text("#reason"));
            }
            String json = get("/verify/" + code, "application/json");
            assertTrue(json.contains("\"status\":\"valid\"") && json.contains(LEARNER), json);
        }

        try (Browser admin = Browser.open(base, "en")) {
            Journeys.signInSuccessfully(admin, Journeys.ADMIN_EMAIL, Journeys.ADMIN_PASSWORD);
            admin.clickLink("Records");
            admin.fill("code", code).click("search-submit");
            assertTrue(admin.text("#record-count").startsWith("1 "), admin.text("#record-count"));
            admin.clickLink(LEARNER);
            // a screen reader lists the two forms by their headings and tells their fields apart
            assertEquals("Revoke the record", admin.accessibleName("#revoke"));
            assertEquals("Reissue the record", admin.accessibleName("#reissue"));
            assertEquals("Reason for revoking (required)", admin.accessibleName("#revoke\\:reason"));
            assertEquals("Reason for reissuing (required)", admin.accessibleName("#reissue\\:reason"));
            admin.fill("revoke:reason", "Issued to the wrong account").click("revoke:submit");
            assertTrue(admin.text("#status").contains("Issued to the wrong account"), admin.text("#status"));
            assertTrue(admin.text("#history").contains("revoked"), admin.text("#history"));
        }
        try (Browser visitor = Browser.open(base, "fr")) {
            visitor.go("/verify/" + code);
            assertEquals("revoked", visitor.attribute("#verdict-heading", "data-status"));
            assertTrue(visitor.text("#revocation").contains("Issued to the wrong account"), visitor.text("#revocation"));
        }
        assertTrue(get("/verify/" + code, "application/json").contains("\"status\":\"revoked\""));
        assertEquals("{\"verified\":true,\"revoked\":true}", nodeVerifier(linkedData), "the status list marks it revoked");
    }

    private String postPdf(byte[] pdf) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/verify"))
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The platform's address in its own credentials (PUBLIC_URL of the test deployment), not where the test reaches it. */
    private String nodeVerifier(String credential) throws Exception {
        return IndependentVerifiers.nodeVerifier(credential, base.toString(), "http://localhost:8080");
    }
}
