package org.capacityacademy.authoring.drafts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** An instructor who may edit a course; administrators may edit every course without being listed. */
@Entity
@Table(name = "course_author")
@IdClass(CourseAuthor.Key.class)
@NamedQuery(name = CourseAuthor.OF_COURSE, query = "SELECT a FROM CourseAuthor a WHERE a.courseCode = :course ORDER BY a.addedAt")
@NamedQuery(name = CourseAuthor.OF_ACCOUNT, query = "SELECT a.courseCode FROM CourseAuthor a WHERE a.accountId = :account")
public class CourseAuthor {

    public static final String OF_COURSE = "CourseAuthor.ofCourse";
    public static final String OF_ACCOUNT = "CourseAuthor.ofAccount";

    @Id
    @Column(name = "course_code")
    private String courseCode;

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "added_at")
    private Instant addedAt;

    /** The primary key: a course and an account. */
    public static class Key implements Serializable {
        private String courseCode;
        private long accountId;

        public Key() {
        }

        public Key(String courseCode, long accountId) {
            this.courseCode = courseCode;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.accountId == accountId && java.util.Objects.equals(key.courseCode, courseCode);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(courseCode, accountId);
        }
    }

    protected CourseAuthor() {
    }

    public CourseAuthor(String courseCode, long accountId, Instant addedAt) {
        this.courseCode = courseCode;
        this.accountId = accountId;
        this.addedAt = addedAt;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
