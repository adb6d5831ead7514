package org.capacityacademy.privacy;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.capacityacademy.TestAccounts;
import org.capacityacademy.TestAnswers;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.boundary.SignInService;
import org.capacityacademy.account.control.SecureTokens;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.PasswordReset;
import org.capacityacademy.account.entity.Profile;
import org.capacityacademy.administration.boundary.AuditLog;
import org.capacityacademy.assessment.boundary.Attempts;
import org.capacityacademy.assessment.entity.Attempt;
import org.capacityacademy.assessment.entity.AttemptQuestion;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseOutline;
import org.capacityacademy.credential.boundary.Records;
import org.capacityacademy.credential.boundary.Verdict;
import org.capacityacademy.credential.boundary.Verification;
import org.capacityacademy.credential.entity.CompletionRecord;
import org.capacityacademy.learning.boundary.Learning;
import org.capacityacademy.privacy.boundary.PersonalData;
import org.capacityacademy.privacy.boundary.PrivacyException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person's data on the real server and database: the export holds everything about them and
 * nothing about anyone else; the erasure removes every personal field, keeps the reports' counts
 * and leaves their completion record verifiable without a name.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDataIT {

    private static final String COURSE = "gge-2013";
    private static final String ADMIN = "admin@it.example.org";

    @Inject
    org.capacityacademy.catalog.boundary.CourseLanguageChoices courseLanguages;

    @Inject
    org.capacityacademy.administration.boundary.Cohorts cohorts;

    @Inject
    PersonalData personalData;

    @Inject
    AccountService accounts;

    @Inject
    SignInService signIns;

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
    AuditLog audit;

    @Inject
    UserTransaction transaction;

    @PersistenceContext
    EntityManager em;

    private CourseOutline course() {
        return catalog.course(COURSE, "en").orElseThrow();
    }

    /** A learner of a country of their own (so the counts by country are theirs), who completed the course. */
    private String learnerWhoCompleted(String name, String country) {
        String email = TestAccounts.uniqueEmail("privacy");
        Profile profile = TestAccounts.profile(name);
        profile.setCountryCode(country);
        profile.setJobTitle("Head of the national CERT");
        accounts.register(email, TestAccounts.PASSWORD, profile);
        long courseId = course().card().id();
        learning.enrol(email, courseId);
        String attemptId = attempts.start(email, COURSE, "final", "en");
        Attempt attempt = em.createNamedQuery(Attempt.FIND_BY_PUBLIC_ID, Attempt.class).setParameter("id", attemptId).getSingleResult();
        em.createNamedQuery(AttemptQuestion.FIND_OF_ATTEMPT, AttemptQuestion.class).setParameter("attempt", attempt.getId())
                .getResultList().forEach(q -> attempts.saveAnswer(email, attemptId, q.getPosition(), TestAnswers.rightAnswer(em, q)));
        attempts.submit(email, attemptId);
        course().modules().forEach(m -> m.lessons().forEach(l -> learning.complete(email, courseId, l.id())));
        assertEquals(1, records.ofLearner(email).size());
        return email;
    }

    private String learnerWhoStarted(String name) {
        String email = TestAccounts.uniqueEmail("privacy-other");
        accounts.register(email, TestAccounts.PASSWORD, TestAccounts.profile(name));
        long courseId = course().card().id();
        learning.enrol(email, courseId);
        learning.complete(email, courseId, course().modules().get(0).lessons().get(0).id());
        return email;
    }

    private void passwordResetFor(String email) throws Exception {
        transaction.begin();
        em.persist(new PasswordReset(accounts.getByEmail(email), SecureTokens.sha256(SecureTokens.newToken()), Instant.now()));
        transaction.commit();
    }

    private long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    @Test
    void theExportHoldsEverythingAboutThePersonAndNothingAboutAnyoneElse() throws Exception {
        String name = "Nadia Export " + UUID.randomUUID().toString().substring(0, 6);
        String email = learnerWhoCompleted(name, "KE");
        String otherName = "Omar Other " + UUID.randomUUID().toString().substring(0, 6);
        String other = learnerWhoStarted(otherName);
        passwordResetFor(email);
        passwordResetFor(other);
        signIns.signIn(email, "not the password", "it-" + UUID.randomUUID());
        signIns.signIn(other, "not the password", "it-" + UUID.randomUUID());
        long id = accounts.getByEmail(email).getId();
        long otherId = accounts.getByEmail(other).getId();

        String cohort = "Privacy cohort " + UUID.randomUUID().toString().substring(0, 6);
        long cohortId = cohorts.create("admin@it.example.org", cohort, "").getId();
        cohorts.addMember("admin@it.example.org", cohortId, email);
        assertTrue(courseLanguages.choose(email, COURSE, "zh"));
        assertTrue(courseLanguages.choose(other, COURSE, "en"));

        JsonObject data = personalData.export(email).orElseThrow();
        String text = data.toString();
        assertEquals(cohort, data.getJsonArray("cohorts").getJsonObject(0).getString("cohort"), "the cohorts the person is in");
        assertEquals(id, data.getJsonNumber("accountId").longValue());
        JsonObject account = data.getJsonObject("account");
        assertEquals(email, account.getString("email"));
        assertEquals(name, account.getString("fullName"));
        assertEquals("KE", account.getString("country"));
        assertEquals("Head of the national CERT", account.getString("jobTitle"));
        assertEquals("LEARNER", account.getJsonArray("roles").getString(0));
        assertFalse(text.contains(accounts.getByEmail(email).getPasswordHash()), "never the password's hash");
        assertEquals(COURSE, data.getJsonArray("enrolments").getJsonObject(0).getString("course"));
        assertEquals(1, data.getJsonArray("courseLanguages").size(), "the language chosen for the course, not the other person's");
        assertEquals("zh", data.getJsonArray("courseLanguages").getJsonObject(0).getString("language"));
        assertNotNull(data.getJsonArray("enrolments").getJsonObject(0).getString("completedAt"));
        assertEquals(course().modules().stream().mapToInt(m -> m.lessons().size()).sum(), data.getJsonArray("lessonsCompleted").size());
        assertEquals("final", data.getJsonArray("quizAttempts").getJsonObject(0).getString("quiz"));
        assertTrue(data.getJsonArray("quizAttempts").getJsonObject(0).getBoolean("passed"));
        assertEquals(24, data.getJsonArray("quizAnswers").size(), "every answer of the final");
        assertTrue(data.getJsonArray("quizAnswers").getJsonObject(0).containsKey("response"));
        assertEquals(1, data.getJsonArray("completionRecords").size());
        assertEquals(name, data.getJsonArray("completionRecords").getJsonObject(0).getString("name"));
        assertEquals(1, data.getJsonArray("passwordResets").size());
        assertEquals(1, data.getJsonArray("signInFailures").getJsonObject(0).getInt("failures"));
        assertTrue(data.getJsonArray("xapiStatements").size() > 40);
        for (JsonValue statement : data.getJsonArray("xapiStatements")) {
            assertEquals(String.valueOf(id), statement.asJsonObject().getJsonObject("actor").getJsonObject("account").getString("name"));
        }
        assertEquals(count("SELECT COUNT(*) FROM xapi_statement WHERE account_id = ?", id), data.getJsonArray("xapiStatements").size());
        assertFalse(text.contains(other), "nobody else's address");
        assertFalse(text.contains(otherName), "nobody else's name");
        assertFalse(text.contains("\"name\":\"" + otherId + "\""), "nobody else's statements");

        JsonObject theirs = personalData.export(other).orElseThrow();
        assertEquals(1, theirs.getJsonArray("lessonsCompleted").size());
        assertFalse(theirs.toString().contains(email));
        assertFalse(theirs.toString().contains(name));
        assertTrue(personalData.export("nobody-" + UUID.randomUUID() + "@example.org").isEmpty());
    }

    @Test
    void erasureRemovesEveryPersonalFieldKeepsTheCountsAndTheRecordStaysVerifiable() throws Exception {
        String country = "BT"; // few other tests use it: the counts by country below are mostly this test's
        String name = "Karma Erased " + UUID.randomUUID().toString().substring(0, 6);
        String email = learnerWhoCompleted(name, country);
        passwordResetFor(email);
        signIns.signIn(email, "not the password", "it-" + UUID.randomUUID());
        Account before = accounts.getByEmail(email);
        long id = before.getId();
        accounts.grant(id, org.capacityacademy.account.entity.Role.INSTRUCTOR);
        CompletionRecord record = records.ofLearner(email).get(0);
        String enrolmentsByCountry = "SELECT COUNT(*) FROM enrolment e JOIN account a ON a.id = e.account_id WHERE a.country_code = ?";
        String completionsByCountry = "SELECT COUNT(*) FROM enrolment e JOIN account a ON a.id = e.account_id "
                + "WHERE a.country_code = ? AND e.completed_at IS NOT NULL";
        String recordsByCountry = "SELECT COUNT(*) FROM completion_record WHERE country_code = ?";
        long enrolments = count(enrolmentsByCountry, country);
        long completions = count(completionsByCountry, country);
        long issued = count(recordsByCountry, country);
        long attemptsBefore = count("SELECT COUNT(*) FROM quiz_attempt WHERE account_id = ?", id);
        long statementsBefore = count("SELECT COUNT(*) FROM xapi_statement WHERE account_id = ?", id);

        PrivacyException wrong = assertThrows(PrivacyException.class, () -> personalData.erase(ADMIN, id, "someone@else.org"));
        assertEquals("erase.confirmationWrong", wrong.getMessageKey());
        assertEquals(email, accounts.find(id).orElseThrow().getEmail(), "a wrong confirmation erases nothing");
        long admin = accounts.getByEmail(ADMIN).getId();
        assertEquals("erase.self", assertThrows(PrivacyException.class, () -> personalData.erase(ADMIN, admin, ADMIN)).getMessageKey());

        personalData.erase(ADMIN, id, "  " + email.toUpperCase() + " ");

        Object[] row = (Object[]) em.createNativeQuery("SELECT email, full_name, organisation, job_title, active, erased_at, "
                + "password_hash, country_code, organisation_type FROM account WHERE id = ?").setParameter(1, id).getSingleResult();
        assertEquals("erased-" + id + "@erased.invalid", row[0]);
        assertEquals("erased-" + id, row[1]);
        assertEquals(Account.ERASED, row[2]);
        assertNull(row[3]);
        assertEquals(Boolean.FALSE, row[4]);
        assertNotNull(row[5]);
        assertFalse(before.getPasswordHash().equals(row[6]), "the password is gone");
        assertEquals(country, String.valueOf(row[7]).strip(), "the country stays, for the reports");
        assertEquals("GOVERNMENT", row[8]);
        assertEquals(Set.of("LEARNER"), em.createNativeQuery("SELECT role FROM account_role WHERE account_id = ?")
                .setParameter(1, id).getResultList().stream().map(String::valueOf).collect(Collectors.toSet()));
        assertEquals(0, count("SELECT COUNT(*) FROM password_reset WHERE account_id = ?", id));
        assertEquals(0, count("SELECT COUNT(*) FROM sign_in_throttle WHERE throttle_key = ?", "email:" + email));
        assertEquals(SignInService.Outcome.WRONG_CREDENTIALS, signIns.signIn(email, TestAccounts.PASSWORD, "it-" + UUID.randomUUID()).outcome());
        assertEquals(SignInService.Outcome.WRONG_CREDENTIALS,
                signIns.signIn("erased-" + id + "@erased.invalid", TestAccounts.PASSWORD, "it-" + UUID.randomUUID()).outcome());
        assertTrue(accounts.findByEmail(email).isEmpty());

        List<String> statements = new ArrayList<>();
        em.createNativeQuery("SELECT statement_json FROM xapi_statement WHERE account_id = ?").setParameter(1, id)
                .getResultList().forEach(json -> statements.add(String.valueOf(json)));
        assertEquals(statementsBefore, statements.size(), "the statements stay");
        Set<String> actors = new java.util.HashSet<>();
        for (String json : statements) {
            assertFalse(json.contains(name), "no name in a statement");
            JsonObject actor = jakarta.json.Json.createReader(new java.io.StringReader(json)).readObject().getJsonObject("actor");
            assertFalse(actor.containsKey("name"));
            actors.add(actor.getJsonObject("account").getString("name"));
        }
        assertEquals(1, actors.size(), "one anonymous agent for all of them");
        String agent = actors.iterator().next();
        assertTrue(agent.startsWith("erased-") && agent.length() > 30 && !agent.equals("erased-" + id), "random, not the account id: " + agent);

        Object[] stored = (Object[]) em.createNativeQuery("SELECT learner_name, organisation, holder_erased_at, code, final_score, "
                + "course_code FROM completion_record WHERE id = ?").setParameter(1, record.getId()).getSingleResult();
        assertEquals("", stored[0]);
        assertEquals("", stored[1]);
        assertNotNull(stored[2]);
        assertEquals(record.getCode(), stored[3]);
        assertEquals(0, record.getFinalScore().compareTo(new java.math.BigDecimal(String.valueOf(stored[4]))));
        assertEquals(COURSE, stored[5]);
        Verdict verdict = verification.byCode(record.getCode(), "it-" + UUID.randomUUID());
        assertEquals(Verdict.Status.VALID, verdict.status(), "still valid");
        assertTrue(verdict.record().isHolderErased());
        assertEquals("", verdict.record().getLearnerName());
        assertTrue(records.forDownload(ADMIN, record.getPublicId()).isEmpty(), "no certificate naming nobody");

        assertEquals(enrolments, count(enrolmentsByCountry, country), "enrolments by country");
        assertEquals(completions, count(completionsByCountry, country), "completions by country");
        assertEquals(issued, count(recordsByCountry, country), "records by country");
        assertEquals(attemptsBefore, count("SELECT COUNT(*) FROM quiz_attempt WHERE account_id = ?", id));

        assertEquals(0, count("SELECT COUNT(*) FROM audit_entry WHERE details LIKE ? OR actor_email = ?", "%" + email + "%", email));
        var erasures = audit.of("account", String.valueOf(id)).stream().filter(e -> e.getAction().equals("erase-account")).toList();
        assertEquals(1, erasures.size());
        assertEquals(ADMIN, erasures.get(0).getActorEmail());
        assertNull(erasures.get(0).getDetails(), "no personal data in the audit line");
        assertTrue(audit.of("account", String.valueOf(id)).stream().anyMatch(e -> e.getAction().equals("grant-role")
                && e.getDetails().contains("erased-" + id + "@erased.invalid")), "the role change stays, without the address");

        assertEquals("erase.already", assertThrows(PrivacyException.class,
                () -> personalData.erase(ADMIN, id, "erased-" + id + "@erased.invalid")).getMessageKey());
    }
}
