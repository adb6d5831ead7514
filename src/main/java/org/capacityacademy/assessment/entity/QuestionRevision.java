package org.capacityacademy.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * A question's content in one language as it was while it had this hash: what attempts asked
 * with that content are shown, saved and graded on, whatever the question says now.
 */
@Entity
@Table(name = "question_revision")
@IdClass(QuestionRevision.Key.class)
public class QuestionRevision {

    @Id
    @Column(name = "question_id")
    private long questionId;

    @Id
    @Column(name = "content_hash")
    private String contentHash;

    @Id
    private String language;

    private String content;

    /** The primary key: question, hash and language. */
    public static class Key implements Serializable {
        private long questionId;
        private String contentHash;
        private String language;

        public Key() {
        }

        public Key(long questionId, String contentHash, String language) {
            this.questionId = questionId;
            this.contentHash = contentHash;
            this.language = language;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.questionId == questionId
                    && Objects.equals(key.contentHash, contentHash) && Objects.equals(key.language, language);
        }

        @Override
        public int hashCode() {
            return Objects.hash(questionId, contentHash, language);
        }
    }

    protected QuestionRevision() {
    }

    public QuestionRevision(long questionId, String contentHash, String language, String content) {
        this.questionId = questionId;
        this.contentHash = contentHash;
        this.language = language;
        this.content = content;
    }

    public String getContent() {
        return content;
    }
}
