package org.capacityacademy.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The language a signed-in person chose to read a course in, for when the course is not offered
 * in the language of their pages: kept in the database so that it follows them to any device.
 */
@Entity
@Table(name = "course_language_choice")
@IdClass(CourseLanguageChoice.Key.class)
@NamedQuery(name = CourseLanguageChoice.OF_COURSE_CODE, query = "SELECT c.language FROM CourseLanguageChoice c, Course k "
        + "WHERE k.id = c.courseId AND k.code = :course AND c.accountId = :account")
public class CourseLanguageChoice {

    public static final String OF_COURSE_CODE = "CourseLanguageChoice.ofCourseCode";
    /** As long as a language code may be ({@code language VARCHAR(8)}). */
    public static final int LANGUAGE_LENGTH = 8;

    /** The identity: the person and the course. */
    public static class Key implements Serializable {
        private long accountId;
        private long courseId;

        public Key() {
        }

        public Key(long accountId, long courseId) {
            this.accountId = accountId;
            this.courseId = courseId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.accountId == accountId && key.courseId == courseId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, courseId);
        }
    }

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Id
    @Column(name = "course_id")
    private long courseId;

    @Column(name = "language", length = LANGUAGE_LENGTH, nullable = false)
    private String language;

    @Column(name = "chosen_at", nullable = false)
    private Instant chosenAt;

    protected CourseLanguageChoice() {
    }

    public CourseLanguageChoice(long accountId, long courseId, String language, Instant now) {
        this.accountId = accountId;
        this.courseId = courseId;
        choose(language, now);
    }

    public void choose(String language, Instant now) {
        this.language = language;
        this.chosenAt = now;
    }

    public String getLanguage() {
        return language;
    }
}
