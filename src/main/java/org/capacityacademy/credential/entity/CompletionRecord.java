package org.capacityacademy.credential.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A learner's completion of a course, as it stood on the day of issue: their name as they
 * entered it, their country and its development groups, their organisation, the course and its
 * version, the final score and the learning hours. Nothing here changes afterwards except its
 * revocation; a correction is a reissue, a new record that revokes this one.
 */
@Entity
@Table(name = "completion_record")
@NamedQuery(name = CompletionRecord.FIND_BY_CODE, query = "SELECT r FROM CompletionRecord r WHERE r.code = :code")
@NamedQuery(name = CompletionRecord.FIND_BY_PUBLIC_ID, query = "SELECT r FROM CompletionRecord r WHERE r.publicId = :id")
@NamedQuery(name = CompletionRecord.FIND_OF_ACCOUNT, query = "SELECT r FROM CompletionRecord r WHERE r.accountId = :account "
        + "ORDER BY r.issuedAt DESC")
@NamedQuery(name = CompletionRecord.LAST_ISSUE, query = "SELECT MAX(r.issueNumber) FROM CompletionRecord r "
        + "WHERE r.accountId = :account AND r.courseId = :course")
@NamedQuery(name = CompletionRecord.REVOKED_IN_RANGE, query = "SELECT r.id FROM CompletionRecord r "
        + "WHERE r.revokedAt IS NOT NULL AND r.id >= :from AND r.id < :to")
public class CompletionRecord {

    public static final String FIND_BY_CODE = "CompletionRecord.findByCode";
    public static final String FIND_BY_PUBLIC_ID = "CompletionRecord.findByPublicId";
    public static final String FIND_OF_ACCOUNT = "CompletionRecord.findOfAccount";
    public static final String LAST_ISSUE = "CompletionRecord.lastIssue";
    public static final String REVOKED_IN_RANGE = "CompletionRecord.revokedInRange";
    public static final int REASON_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "completion_record_seq", sequenceName = "completion_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "completion_record_seq")
    private Long id;

    @Column(name = "public_id", nullable = false, length = 36)
    private String publicId;

    @Column(nullable = false, length = 10)
    private String code;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "course_id")
    private long courseId;

    @Column(name = "issue_number")
    private int issueNumber;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "learner_name", nullable = false)
    private String learnerName;

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    private String region;

    @Column(name = "sub_region")
    private String subRegion;

    private boolean developing;
    private boolean ldc;
    private boolean lldc;
    private boolean sids;

    @Column(nullable = false)
    private String organisation;

    @Column(name = "organisation_type", nullable = false)
    private String organisationType;

    @Column(name = "course_code", nullable = false)
    private String courseCode;

    @Column(name = "course_version")
    private int courseVersion;

    @Column(name = "course_language", nullable = false)
    private String courseLanguage;

    @Column(name = "course_title", nullable = false)
    private String courseTitle;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "final_score")
    private BigDecimal finalScore;

    @Column(name = "learning_minutes")
    private int learningMinutes;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private Long revokedBy;

    @Column(name = "revocation_reason", length = REASON_LENGTH)
    private String revocationReason;

    /** When the holder's name (and organisation) was erased at their request; null while it was not. */
    @Column(name = "holder_erased_at")
    private Instant holderErasedAt;

    @Version
    private long version;

    protected CompletionRecord() {
    }

    public CompletionRecord(String code, int issueNumber, Learner learner, Completion completion,
                            Instant issuedAt) {
        this.publicId = UUID.randomUUID().toString();
        this.code = code;
        this.issueNumber = issueNumber;
        this.accountId = learner.accountId();
        this.language = learner.language();
        this.learnerName = learner.name();
        this.countryCode = learner.countryCode();
        this.region = learner.region();
        this.subRegion = learner.subRegion();
        this.developing = learner.developing();
        this.ldc = learner.ldc();
        this.lldc = learner.lldc();
        this.sids = learner.sids();
        this.organisation = learner.organisation();
        this.organisationType = learner.organisationType();
        this.courseId = completion.courseId();
        this.courseCode = completion.courseCode();
        this.courseVersion = completion.courseVersion();
        this.courseLanguage = completion.courseLanguage();
        this.courseTitle = completion.courseTitle();
        this.completedAt = completion.completedAt();
        this.finalScore = completion.finalScore();
        this.learningMinutes = completion.learningMinutes();
        this.issuedAt = issuedAt;
    }

    /**
     * The learner as they were on the day of issue.
     *
     * @param language the language of the certificate (the learner's own)
     */
    public record Learner(long accountId, String name, String language, String countryCode, String region,
                          String subRegion, boolean developing, boolean ldc, boolean lldc, boolean sids,
                          String organisation, String organisationType) {
    }

    /** What was completed: the course as it was, when, with which score and hours of study. */
    public record Completion(long courseId, String courseCode, int courseVersion, String courseLanguage,
                             String courseTitle, Instant completedAt, BigDecimal finalScore, int learningMinutes) {
    }

    /** Revokes the record for good; false when it was revoked already. */
    public boolean revoke(String reason, long by, Instant now) {
        if (isRevoked()) {
            return false;
        }
        this.revokedAt = now;
        this.revokedBy = by;
        this.revocationReason = reason;
        return true;
    }

    /**
     * Erases the holder's name and organisation at their request. The record stays what it
     * was otherwise (code, course, dates, score, country and organisation type), and valid:
     * it can still be verified, without saying who holds it.
     */
    public void eraseHolder(String formerName, Instant now) {
        if (holderErasedAt == null) {
            this.learnerName = "";
            this.organisation = "";
            if (revocationReason != null && formerName != null && !formerName.isBlank()) {
                this.revocationReason = revocationReason.replace(formerName, "…");
            }
            this.holderErasedAt = now;
        }
    }

    public boolean isHolderErased() {
        return holderErasedAt != null;
    }

    public Instant getHolderErasedAt() {
        return holderErasedAt;
    }

    /** The hours of study the course's lessons take, to a tenth of an hour. */
    public BigDecimal learningHours() {
        return BigDecimal.valueOf(learningMinutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }

    /** The country's development groups on the day of issue: {@code developing}, {@code ldc}, {@code lldc}, {@code sids}. */
    public List<String> developmentGroups() {
        List<String> groups = new ArrayList<>();
        if (developing) {
            groups.add("developing");
        }
        if (ldc) {
            groups.add("ldc");
        }
        if (lldc) {
            groups.add("lldc");
        }
        if (sids) {
            groups.add("sids");
        }
        return groups;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** A reissue carries the same completion, with the learner as they are now. */
    public Completion completion() {
        return new Completion(courseId, courseCode, courseVersion, courseLanguage, courseTitle, completedAt, finalScore,
                learningMinutes);
    }

    public Long getId() { return id; }
    public String getPublicId() { return publicId; }
    public String getCode() { return code; }
    public long getAccountId() { return accountId; }
    public long getCourseId() { return courseId; }
    public int getIssueNumber() { return issueNumber; }
    /** The record's place in the published revocation list: its id, unique and never reused. */
    public int getStatusIndex() { return Math.toIntExact(id); }
    public String getLanguage() { return language; }
    public String getLearnerName() { return learnerName; }
    public String getCountryCode() { return countryCode; }
    public String getRegion() { return region; }
    public String getSubRegion() { return subRegion; }
    public boolean isDeveloping() { return developing; }
    public boolean isLeastDeveloped() { return ldc; }
    public boolean isLandlockedDeveloping() { return lldc; }
    public boolean isSmallIslandDeveloping() { return sids; }
    public String getOrganisation() { return organisation; }
    public String getOrganisationType() { return organisationType; }
    public String getCourseCode() { return courseCode; }
    public int getCourseVersion() { return courseVersion; }
    public String getCourseLanguage() { return courseLanguage; }
    public String getCourseTitle() { return courseTitle; }
    public Instant getCompletedAt() { return completedAt; }
    public Instant getIssuedAt() { return issuedAt; }
    public BigDecimal getFinalScore() { return finalScore; }
    public int getLearningMinutes() { return learningMinutes; }
    public Instant getRevokedAt() { return revokedAt; }
    public Long getRevokedBy() { return revokedBy; }
    public String getRevocationReason() { return revocationReason; }
}
