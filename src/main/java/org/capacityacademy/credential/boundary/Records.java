package org.capacityacademy.credential.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.Profile;
import org.capacityacademy.account.entity.Role;
import org.capacityacademy.administration.boundary.AuditLog;
import org.capacityacademy.assessment.boundary.Attempts;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseFacts;
import org.capacityacademy.catalog.boundary.CourseLanguageChoices;
import org.capacityacademy.country.boundary.Countries;
import org.capacityacademy.country.entity.Country;
import org.capacityacademy.credential.control.VerificationCode;
import org.capacityacademy.credential.entity.CompletionRecord;
import org.capacityacademy.credential.entity.CompletionRecord.Completion;
import org.capacityacademy.credential.entity.CompletionRecord.Learner;
import org.capacityacademy.learning.boundary.CourseCompleted;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Completion records: issued in the transaction that completes the course (so exactly once:
 * the enrolment is held while it completes, and the record's issue number is unique), read by
 * their learner, verified by anyone, revoked and reissued by administrators with an audit line.
 */
@Stateless
public class Records {

    public static final String AUDIT_SUBJECT = "completion-record";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Countries countries;

    @Inject
    Catalog catalog;

    @Inject
    Attempts attempts;

    @Inject
    CourseLanguageChoices choices;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /** Issues the record of a completed course, in the transaction that completed it. */
    public void courseCompleted(@Observes CourseCompleted completed) {
        Account account = accounts.find(completed.accountId()).orElseThrow();
        CourseFacts course = catalog.courseFacts(completed.courseId()).orElseThrow();
        BigDecimal score = attempts.bestScore(account.getId(), course.id(), course.finalCode()).orElse(null);
        String language = account.getProfile().getPreferredLanguage();
        String courseLanguage = course.languageFor(language, choices.chosen(account.getId(), course.id()));
        issue(account, new Completion(course.id(), course.code(), course.version(), courseLanguage,
                course.titles().get(courseLanguage), completed.completedAt(), score, course.minutes()), 1);
    }

    private CompletionRecord issue(Account account, Completion completion, int issueNumber) {
        Profile profile = account.getProfile();
        Optional<Country> country = countries.find(profile.getCountryCode());
        Learner learner = new Learner(account.getId(), profile.getFullName(), profile.getPreferredLanguage(),
                profile.getCountryCode(), country.map(Country::getRegion).orElse(null),
                country.map(Country::getSubRegion).orElse(null), country.map(Country::isDeveloping).orElse(false),
                country.map(Country::isLeastDeveloped).orElse(false), country.map(Country::isLandlockedDeveloping).orElse(false),
                country.map(Country::isSmallIslandDeveloping).orElse(false), profile.getOrganisation(),
                profile.getOrganisationType().name());
        CompletionRecord record = new CompletionRecord(newCode(), issueNumber, learner, completion, clock.instant());
        em.persist(record);
        em.flush();
        return record;
    }

    private String newCode() {
        String code;
        do {
            code = VerificationCode.generate();
        } while (findByCode(code).isPresent());
        return code;
    }

    public List<CompletionRecord> ofLearner(String email) {
        return accounts.findByEmail(email).map(account -> em.createNamedQuery(CompletionRecord.FIND_OF_ACCOUNT,
                CompletionRecord.class).setParameter("account", account.getId()).getResultList()).orElse(List.of());
    }

    /** A record its learner (or an administrator) may download; empty for anyone else, as for a record that does not exist. */
    public Optional<CompletionRecord> forDownload(String email, String publicId) {
        Optional<Account> account = accounts.findByEmail(email);
        return account.flatMap(a -> byPublicId(publicId))
                .filter(record -> record.getAccountId() == account.get().getId() || account.get().has(Role.ADMIN))
                // no certificate or credential names a holder whose name was erased
                .filter(record -> !record.isHolderErased());
    }

    public Optional<CompletionRecord> byPublicId(String publicId) {
        if (publicId == null || publicId.length() > 36) {
            return Optional.empty();
        }
        return em.createNamedQuery(CompletionRecord.FIND_BY_PUBLIC_ID, CompletionRecord.class).setParameter("id", publicId)
                .getResultStream().findFirst();
    }

    public Optional<CompletionRecord> findByCode(String code) {
        return em.createNamedQuery(CompletionRecord.FIND_BY_CODE, CompletionRecord.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** Revokes a record for good, with the administrator's reason; false when it was revoked already. */
    public boolean revoke(String adminEmail, String publicId, String reason) {
        Account admin = accounts.getByEmail(adminEmail);
        CompletionRecord record = held(publicId);
        if (!record.revoke(reason, admin.getId(), clock.instant())) {
            return false;
        }
        audit.record(admin, "revoke-record", AUDIT_SUBJECT, record.getPublicId(),
                VerificationCode.display(record.getCode()) + ": " + reason);
        return true;
    }

    /**
     * Issues the record again with the learner as they are now (a corrected name, say) and the
     * same completion; the record it replaces is revoked, naming the new one.
     */
    public CompletionRecord reissue(String adminEmail, String publicId, String reason) {
        Account admin = accounts.getByEmail(adminEmail);
        CompletionRecord old = held(publicId);
        if (old.isHolderErased()) {
            throw new IllegalStateException("the holder's data was erased: there is nobody to reissue the record to");
        }
        Account learner = accounts.find(old.getAccountId()).orElseThrow();
        int next = em.createNamedQuery(CompletionRecord.LAST_ISSUE, Integer.class).setParameter("account", learner.getId())
                .setParameter("course", old.getCourseId()).getSingleResult() + 1;
        CompletionRecord renewed = issue(learner, old.completion(), next);
        String replaced = VerificationCode.display(old.getCode());
        String by = VerificationCode.display(renewed.getCode());
        old.revoke(reason + " (→ " + by + ")", admin.getId(), clock.instant());
        audit.record(admin, "reissue-record", AUDIT_SUBJECT, old.getPublicId(), replaced + " → " + by + ": " + reason);
        audit.record(admin, "issue-record", AUDIT_SUBJECT, renewed.getPublicId(), replaced + " → " + by);
        return renewed;
    }

    private CompletionRecord held(String publicId) {
        CompletionRecord record = byPublicId(publicId).orElseThrow(() -> new IllegalArgumentException("no such record"));
        em.lock(record, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(record);
        return record;
    }

    /** The status indexes revoked within one revocation list. */
    public List<Long> revokedBetween(long from, long to) {
        return em.createNamedQuery(CompletionRecord.REVOKED_IN_RANGE, Long.class).setParameter("from", from)
                .setParameter("to", to).getResultList();
    }

    Instant now() {
        return clock.instant();
    }
}
