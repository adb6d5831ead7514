package org.capacityacademy.administration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A course a cohort is enrolled in: its members, present and future, are enrolled in it. */
@Entity
@Table(name = "cohort_course")
@IdClass(CohortCourse.Key.class)
public class CohortCourse {

    /** The identity: the cohort and the course. */
    public static class Key implements Serializable {
        private long cohortId;
        private long courseId;

        public Key() {
        }

        public Key(long cohortId, long courseId) {
            this.cohortId = cohortId;
            this.courseId = courseId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.cohortId == cohortId && key.courseId == courseId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(cohortId, courseId);
        }
    }

    @Id
    @Column(name = "cohort_id")
    private long cohortId;

    @Id
    @Column(name = "course_id")
    private long courseId;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected CohortCourse() {
    }

    public CohortCourse(long cohortId, long courseId, Instant addedAt) {
        this.cohortId = cohortId;
        this.courseId = courseId;
        this.addedAt = addedAt;
    }

    public long getCohortId() { return cohortId; }
    public long getCourseId() { return courseId; }
}
