package org.capacityacademy.learning.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import org.capacityacademy.platform.control.InstantConverter;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A person's enrolment in a course, with the lessons they completed and where they were last.
 * (The completion times name their converter: auto-applied converters do not reach map values.)
 */
@Entity
@jakarta.persistence.EntityListeners(org.capacityacademy.learning.control.ProgressChanges.class)
@Table(name = "enrolment")
@NamedQuery(name = Enrolment.FIND, query = "SELECT e FROM Enrolment e WHERE e.accountId = :account AND e.courseId = :course")
@NamedQuery(name = Enrolment.FIND_ACTIVE_OF, query = "SELECT e FROM Enrolment e WHERE e.accountId = :account AND e.active = TRUE "
        + "ORDER BY e.lastActivityAt DESC, e.enrolledAt DESC")
public class Enrolment {

    public static final String FIND = "Enrolment.find";
    public static final String FIND_ACTIVE_OF = "Enrolment.findActiveOf";

    @Id
    @SequenceGenerator(name = "enrolment_seq", sequenceName = "enrolment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_seq")
    private Long id;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "course_id")
    private long courseId;

    private boolean active;

    @Column(name = "enrolled_at")
    private Instant enrolledAt;

    @Column(name = "unenrolled_at")
    private Instant unenrolledAt;

    @Column(name = "last_lesson_id")
    private Long lastLessonId;

    @Column(name = "last_activity_at")
    private Instant lastActivityAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lesson_completion", joinColumns = @JoinColumn(name = "enrolment_id"))
    @MapKeyColumn(name = "lesson_id")
    @Column(name = "completed_at")
    @Convert(converter = InstantConverter.class)
    private Map<Long, Instant> completions = new HashMap<>();

    /** The administrator who enrolled the learner; null when they enrolled themselves. */
    @Column(name = "enrolled_by")
    private Long enrolledBy;

    @Column(name = "final_passed_at")
    private Instant finalPassedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    /**
     * When this row last changed, by the server's clock (not the time of what changed: a lesson
     * completed offline is a change of the day it arrives): the reports' refresh recomputes the
     * figures of the learners whose rows changed since it last ran.
     */
    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    private long version;

    protected Enrolment() {
    }

    @PrePersist
    @PreUpdate
    void changed() {
        changedAt = Instant.now();
    }

    public Enrolment(long accountId, long courseId, Instant now) {
        this.accountId = accountId;
        this.courseId = courseId;
        this.active = true;
        this.enrolledAt = now;
        this.lastActivityAt = now;
    }

    public Enrolment(long accountId, long courseId, Instant now, long enrolledBy) {
        this(accountId, courseId, now);
        this.enrolledBy = enrolledBy;
    }

    /** Enrolling again after unenrolling picks up the earlier progress. */
    public void reenrol(Instant now) {
        if (!active) {
            active = true;
            unenrolledAt = null;
            lastActivityAt = now;
        }
    }

    public void unenrol(Instant now) {
        active = false;
        unenrolledAt = now;
    }

    /** A study session starts when the learner comes back after half an hour without activity (or for the first time). */
    public boolean isNewSession(Instant now) {
        return lastLessonId == null || lastActivityAt == null || lastActivityAt.plus(Duration.ofMinutes(30)).isBefore(now);
    }

    /** Opening another lesson, or the same one after a half-hour pause, is a new visit; a reload is not. */
    public boolean isNewVisit(long lessonId, Instant now) {
        return lastLessonId == null || lastLessonId != lessonId || lastActivityAt == null
                || lastActivityAt.plus(Duration.ofMinutes(30)).isBefore(now);
    }

    public void visited(long lessonId, Instant now) {
        lastLessonId = lessonId;
        if (lastActivityAt == null || now.isAfter(lastActivityAt)) {
            lastActivityAt = now;   // a completion sent late from a device keeps the latest activity
        }
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    /** Completing a lesson twice keeps the first completion. */
    public void completed(long lessonId, Instant now) {
        if (completions.putIfAbsent(lessonId, now) == null) {
            changed(); // a late completion may change nothing else: the row must still count as changed
        }
        visited(lessonId, now);
    }

    public boolean isActive() {
        return active;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getCourseId() {
        return courseId;
    }

    public Long getEnrolledBy() {
        return enrolledBy;
    }

    public Long getLastLessonId() {
        return lastLessonId;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    /** When each lesson was completed, by lesson. */
    public java.util.Map<Long, Instant> getCompletions() {
        return java.util.Collections.unmodifiableMap(completions);
    }

    public Set<Long> getCompletedLessons() {
        return Collections.unmodifiableSet(completions.keySet());
    }

    /** The first pass of the final assessment counts. */
    public void passedFinalAssessment(Instant now) {
        if (finalPassedAt == null) {
            finalPassedAt = now;
        }
    }

    /**
     * Completes the course when every required lesson is completed and, when the course asks
     * for it, the final assessment is passed; true only the first time, so the completion is
     * recorded once.
     */
    public boolean completeIfDone(Set<Long> requiredLessons, boolean finalAssessmentRequired, Instant now) {
        if (completedAt != null || (finalAssessmentRequired && finalPassedAt == null)
                || !completions.keySet().containsAll(requiredLessons)) {
            return false;
        }
        completedAt = now;
        return true;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public boolean hasPassedFinalAssessment() {
        return finalPassedAt != null;
    }
}
