package org.capacityacademy.credential;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.TestAccounts;
import org.capacityacademy.TestAnswers;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.entity.Profile;
import org.capacityacademy.account.entity.Role;
import org.capacityacademy.administration.boundary.AuditLog;
import org.capacityacademy.assessment.boundary.Attempts;
import org.capacityacademy.assessment.entity.Attempt;
import org.capacityacademy.assessment.entity.AttemptQuestion;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseOutline;
import org.capacityacademy.credential.boundary.Badges;
import org.capacityacademy.credential.boundary.Certificates;
import org.capacityacademy.credential.boundary.Records;
import org.capacityacademy.credential.boundary.Verdict;
import org.capacityacademy.credential.boundary.Verdict.Reason;
import org.capacityacademy.credential.boundary.Verdict.Status;
import org.capacityacademy.credential.boundary.Verification;
import org.capacityacademy.credential.control.VerificationCode;
import org.capacityacademy.credential.entity.CompletionRecord;
import org.capacityacademy.learning.boundary.Learning;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Completion records on the real server and database: issued exactly once, kept as they were, verified, revoked, reissued. */
@ExtendWith(ArquillianExtension.class)
class CompletionRecordsIT {

    private static final String COURSE = "gge-2013";

    @Inject
    AccountService accounts;

    @Inject
    Learning learning;

    @Inject
    Attempts attempts;

    @Inject
    Catalog catalog;

    @Inject
    Records records;

    @Inject
    Verification verification;

    @Inject
    Badges badges;

    @Inject
    Certificates certificates;

    @Inject
    AuditLog audit;

    @Resource
    ManagedExecutorService executor;

    @PersistenceContext
    EntityManager em;

    @Inject
    jakarta.transaction.UserTransaction transaction;

    private CourseOutline course() {
        return catalog.course(COURSE, "en").orElseThrow();
    }

    private List<Long> lessons() {
        List<Long> lessons = new ArrayList<>();
        course().modules().forEach(m -> m.lessons().forEach(l -> lessons.add(l.id())));
        return lessons;
    }

    private String learnerWhoPassedTheFinal(String name) {
        return learnerWhoPassedTheFinal(name, "en");
    }

    private String learnerWhoPassedTheFinal(String name, String language) {
        String email = TestAccounts.uniqueEmail("learner");
        Profile profile = TestAccounts.profile(name);
        profile.setPreferredLanguage(language);
        accounts.register(email, TestAccounts.PASSWORD, profile);
        learning.enrol(email, course().card().id());
        String attemptId = attempts.start(email, COURSE, "final", "en");
        Attempt attempt = em.createNamedQuery(Attempt.FIND_BY_PUBLIC_ID, Attempt.class).setParameter("id", attemptId).getSingleResult();
        em.createNamedQuery(AttemptQuestion.FIND_OF_ATTEMPT, AttemptQuestion.class).setParameter("attempt", attempt.getId())
                .getResultList().forEach(q -> attempts.saveAnswer(email, attemptId, q.getPosition(), TestAnswers.rightAnswer(em, q)));
        attempts.submit(email, attemptId);
        return email;
    }

    private CompletionRecord completed(String name) {
        return completed(name, "en");
    }

    private CompletionRecord completed(String name, String language) {
        String email = learnerWhoPassedTheFinal(name, language);
        lessons().forEach(lesson -> learning.complete(email, course().card().id(), lesson));
        List<CompletionRecord> issued = records.ofLearner(email);
        assertEquals(1, issued.size());
        return issued.get(0);
    }

    private static String client() {
        return "it-" + UUID.randomUUID();
    }

    @Test
    void theLastLessonsCompletedAtTheSameMomentIssueExactlyOneRecord() throws Exception {
        String email = learnerWhoPassedTheFinal("simultaneous");
        List<Long> lessons = lessons();
        long courseId = course().card().id();
        lessons.subList(2, lessons.size()).forEach(lesson -> learning.complete(email, courseId, lesson));
        assertTrue(records.ofLearner(email).isEmpty(), "two lessons are still to do");

        List<Future<Boolean>> clicks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long lesson = lessons.get(i % 2);
            clicks.add(executor.submit(() -> learning.complete(email, courseId, lesson)));
        }
        for (Future<Boolean> click : clicks) {
            assertTrue(click.get(60, TimeUnit.SECONDS));
        }
        List<CompletionRecord> issued = records.ofLearner(email);
        assertEquals(1, issued.size(), "exactly one record, never none and never two");
        CompletionRecord record = issued.get(0);
        assertEquals(COURSE, record.getCourseCode());
        assertEquals(1, record.getIssueNumber());
        assertEquals(0, new java.math.BigDecimal("100").compareTo(record.getFinalScore()));
        assertTrue(record.getLearningMinutes() > 0);
        assertTrue(VerificationCode.isWellFormed(record.getCode()));
    }

    @Test
    void theRecordKeepsTheDayOfIssueAndIsVerifiedRevokedAndReissued() {
        CompletionRecord record = completed("Kwame Mensah");
        assertEquals("KE", record.getCountryCode());
        assertTrue(record.isDeveloping(), "Kenya is a developing country");
        assertFalse(record.isLeastDeveloped());
        String email = accounts.find(record.getAccountId()).orElseThrow().getEmail();
        Profile corrected = new Profile(accounts.getByEmail(email).getProfile());
        corrected.setFullName("Kwame A. Mensah");
        corrected.setCountryCode("ET");
        accounts.updateProfile(email, corrected);

        Verdict verdict = verification.byCode(VerificationCode.display(record.getCode()).toLowerCase(), client());
        assertEquals(Status.VALID, verdict.status());
        assertEquals("Kwame Mensah", verdict.record().getLearnerName(), "the name as it was on the day of issue");
        assertEquals("KE", verdict.record().getCountryCode());

        String admin = TestAccounts.uniqueEmail("registrar");
        accounts.register(admin, TestAccounts.PASSWORD, TestAccounts.profile("Registrar"));
        accounts.grant(accounts.getByEmail(admin).getId(), Role.ADMIN);
        CompletionRecord renewed = records.reissue(admin, record.getPublicId(), "name corrected");
        assertEquals(2, renewed.getIssueNumber());
        assertEquals("Kwame A. Mensah", renewed.getLearnerName());
        assertEquals("ET", renewed.getCountryCode());
        assertTrue(renewed.isLeastDeveloped(), "Ethiopia's groups as they are on the day of the reissue");
        assertEquals(record.getCompletedAt(), renewed.getCompletedAt(), "the same completion");
        assertNotEquals(record.getCode(), renewed.getCode());

        Verdict old = verification.byCode(record.getCode(), client());
        assertEquals(Status.REVOKED, old.status(), "a replaced record never shows as valid");
        assertTrue(old.record().getRevocationReason().startsWith("name corrected"));
        assertEquals(Status.VALID, verification.byCode(renewed.getCode(), client()).status());
        assertFalse(records.revoke(admin, record.getPublicId(), "again"), "revoked once");

        assertTrue(records.revoke(admin, renewed.getPublicId(), "issued in error"));
        assertEquals(Status.REVOKED, verification.byCode(renewed.getCode(), client()).status());
        List<String> actions = audit.of(Records.AUDIT_SUBJECT, record.getPublicId()).stream().map(e -> e.getAction()).toList();
        assertEquals(List.of("reissue-record"), actions);
        assertEquals(List.of("issue-record", "revoke-record"), audit.of(Records.AUDIT_SUBJECT, renewed.getPublicId()).stream()
                .map(e -> e.getAction()).toList());
        assertEquals(admin, audit.of(Records.AUDIT_SUBJECT, renewed.getPublicId()).get(1).getActorEmail());
    }

    @Test
    void theBadgeVerifiesUntilItIsChangedOrRevoked() {
        CompletionRecord record = completed("Nadia Haddad");
        String jwt = badges.credential(record);
        assertEquals(Status.VALID, verification.credential(jwt, client()).status());

        String[] parts = jwt.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8);
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("Nadia Haddad", "Nadia Hadded").getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
        assertEquals(Reason.BAD_SIGNATURE, verification.credential(forged, client()).reason());
        assertEquals(Reason.MALFORMED, verification.credential("not a credential", client()).reason());

        String admin = TestAccounts.uniqueEmail("revoker");
        accounts.register(admin, TestAccounts.PASSWORD, TestAccounts.profile("Revoker"));
        accounts.grant(accounts.getByEmail(admin).getId(), Role.ADMIN);
        records.revoke(admin, record.getPublicId(), "obtained by fraud");
        assertEquals(Status.REVOKED, verification.credential(jwt, client()).status(), "the published list has its bit set");
    }

    @Test
    void theSignedPdfAndTheDataIntegrityCredentialVerifyUntilChangedOrRevoked() {
        CompletionRecord record = completed("Li Wei");
        byte[] pdf = certificates.pdf(record);
        Verdict intact = verification.pdf(pdf, client());
        assertEquals(Status.VALID, intact.status());
        assertEquals(record.getPublicId(), intact.record().getPublicId(), "the record the signature names");
        assertEquals("Capacity Academy", intact.signed().signer());
        byte[] changed = pdf.clone();
        int place = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).lastIndexOf("/Contents <") / 2;
        changed[place] ^= 0x01;
        assertEquals(Reason.DOCUMENT_CHANGED, verification.pdf(changed, client()).reason());
        assertEquals(Reason.NOT_A_PDF, verification.pdf(new byte[]{'%', 'P'}, client()).reason());

        String json = badges.linkedDataCredential(record).toString();
        assertEquals(Status.VALID, verification.credential(json, client()).status());
        assertEquals(Reason.BAD_SIGNATURE, verification.credential(json.replace("Li Wei", "Li Wen"), client()).reason());
        assertTrue(badges.didDocument().toString().contains(badges.linkedDataCredential(record).getJsonObject("proof")
                .getString("verificationMethod").substring(badges.didDocument().getString("id").length())),
                "the proof's Multikey is in the DID document");

        String admin = TestAccounts.uniqueEmail("revoker");
        accounts.register(admin, TestAccounts.PASSWORD, TestAccounts.profile("Revoker"));
        accounts.grant(accounts.getByEmail(admin).getId(), Role.ADMIN);
        records.revoke(admin, record.getPublicId(), "issued in error");
        assertEquals(Status.REVOKED, verification.credential(json, client()).status());
        assertEquals(Status.REVOKED, verification.pdf(pdf, client()).status());
    }

    @Test
    void onlyItsLearnerOrAnAdministratorDownloadsARecord() {
        CompletionRecord record = completed("Owner");
        String owner = accounts.find(record.getAccountId()).orElseThrow().getEmail();
        String other = TestAccounts.uniqueEmail("other");
        accounts.register(other, TestAccounts.PASSWORD, TestAccounts.profile("Other"));
        assertTrue(records.forDownload(owner, record.getPublicId()).isPresent());
        assertTrue(records.forDownload(other, record.getPublicId()).isEmpty());
        accounts.grant(accounts.getByEmail(other).getId(), Role.ADMIN);
        assertTrue(records.forDownload(other, record.getPublicId()).isPresent());
        assertTrue(certificates.pdf(record).length > 1_000);
    }

    @Test
    void theCertificateIsInTheLearnersLanguage() throws Exception {
        CompletionRecord chinese = completed("王小明", "zh");
        assertEquals("zh", chinese.getCourseLanguage());
        String text = pdfText(certificates.pdf(chinese));
        assertTrue(text.contains("王小明"), text);
        assertTrue(text.contains("2013年联合国政府专家组报告"), text);
        assertTrue(text.contains(VerificationCode.display(chinese.getCode())), text);
        assertTrue(text.contains("结业证书"), text);

        CompletionRecord english = completed("Maria Santos", "en");
        text = pdfText(certificates.pdf(english));
        assertTrue(text.contains("Maria Santos") && text.contains("Certificate of completion"), text);
        assertTrue(text.contains("The 2013 UN GGE report") && text.contains(VerificationCode.display(english.getCode())), text);

        CompletionRecord french = completed("Aïssata Traoré", "fr");
        assertTrue(pdfText(certificates.pdf(french)).contains("Certificat de réussite"));
    }

    @Test
    void aLearnersCertificateCarriesTheCourseTitleInTheirLanguageInEveryLanguageOfTheCourse() throws Exception {
        java.util.Map<String, String> titles = catalog.courseNames(course().card().id()).orElseThrow().titles();
        for (String language : course().card().languages()) {
            CompletionRecord record = completed("Learner " + language, language);
            assertEquals(language, record.getCourseLanguage());
            String text = pdfText(certificates.pdf(record));
            assertTrue(carries(text, titles.get(language)), () -> language + ": " + titles.get(language) + " not in\n" + text);
        }
        // a learner whose language the course does not offer: the certificate is in their language, the title in English
        java.util.Optional<String> notOffered = java.util.stream.Stream.of("ar", "es", "fr", "ru", "zh")
                .filter(language -> !titles.containsKey(language)).findFirst();
        if (notOffered.isPresent()) {
            CompletionRecord record = completed("Learner " + notOffered.get(), notOffered.get());
            assertEquals("en", record.getCourseLanguage(), "named in English, the course being offered in it");
            assertTrue(carries(pdfText(certificates.pdf(record)), titles.get("en")));
        }
    }

    @Test
    void aCertificateIssuedBeforeTheCourseHadTheLearnersLanguageCarriesTheTitleInItOnceItHasIt() throws Exception {
        CompletionRecord record = completed("Early learner", "ru");
        // as a record issued while the course had no Russian keeps it: the English title, then the course gains Russian
        transaction.begin();
        em.createNativeQuery("UPDATE completion_record SET course_language = 'en', course_title = 'Old English title' WHERE id = ?")
                .setParameter(1, record.getId()).executeUpdate();
        transaction.commit();
        CompletionRecord issued = records.byPublicId(record.getPublicId()).orElseThrow();
        String russian = catalog.courseNames(course().card().id()).orElseThrow().titles().get("ru");
        org.junit.jupiter.api.Assumptions.assumeTrue(russian != null, "the course is offered in Russian");
        String text = pdfText(certificates.pdf(issued));
        assertTrue(carries(text, russian), text);
        assertFalse(text.contains("Old English title"), text);
    }

    private static String pdfText(byte[] pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    /**
     * Whether a certificate's text holds every word of a title: the words rather than the whole
     * line, as the title may wrap, and shaped Arabic comes out with its digits out of logical order.
     */
    static boolean carries(String pdfText, String title) {
        String flat = java.text.Normalizer.normalize(pdfText, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "");
        return java.util.Arrays.stream(title.split("[\\s\\p{Z}\\p{Punct}\\p{IsPunctuation}0-9]+"))
                .filter(word -> !word.isBlank()).allMatch(flat::contains);
    }

    @Test
    void typosAreCaughtAndGuessingIsPaused() {
        String code = VerificationCode.generate();
        String typo = (code.charAt(0) == '2' ? '3' : '2') + code.substring(1);
        String client = client();
        assertEquals(Reason.MISTYPED, verification.byCode(typo, client).reason());
        assertEquals(Reason.NOT_FOUND, verification.byCode(code, client).reason());
        for (int i = 0; i < 40; i++) {
            verification.byCode(VerificationCode.generate(), client);
        }
        assertEquals(Reason.TOO_MANY, verification.byCode(code, client).reason());
        assertEquals(Reason.NOT_FOUND, verification.byCode(code, client()).reason(), "another client is not paused");
    }
}
