package org.capacityacademy.authoring.drafts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.capacityacademy.courseformat.Translations.Basis;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * What one language's text of a lesson or question was last saved against: its own fingerprint
 * and the source language's then ({@link org.capacityacademy.courseformat.Translations}). Kept per
 * course, whatever the stage, so that publishing and a new draft go on from it.
 */
@Entity
@Table(name = "translation_basis")
@IdClass(TranslationBasis.Key.class)
@NamedQuery(name = TranslationBasis.OF_COURSE, query = "SELECT b FROM TranslationBasis b WHERE b.courseCode = :course")
public class TranslationBasis {

    public static final String OF_COURSE = "TranslationBasis.ofCourse";

    @Id
    @Column(name = "course_code")
    private String courseCode;

    @Id
    @Column(name = "unit_key")
    private String unitKey;

    @Id
    private String language;

    @Column(name = "text_hash")
    private String textHash;

    @Column(name = "source_language")
    private String sourceLanguage;

    @Column(name = "source_hash")
    private String sourceHash;

    @Column(name = "saved_at")
    private Instant savedAt;

    /** The primary key: a course, a lesson or question, a language. */
    public static class Key implements Serializable {
        private String courseCode;
        private String unitKey;
        private String language;

        public Key() {
        }

        public Key(String courseCode, String unitKey, String language) {
            this.courseCode = courseCode;
            this.unitKey = unitKey;
            this.language = language;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(key.courseCode, courseCode)
                    && Objects.equals(key.unitKey, unitKey) && Objects.equals(key.language, language);
        }

        @Override
        public int hashCode() {
            return Objects.hash(courseCode, unitKey, language);
        }
    }

    protected TranslationBasis() {
    }

    public TranslationBasis(String courseCode, String unitKey, String language, Basis basis, Instant now) {
        this.courseCode = courseCode;
        this.unitKey = unitKey;
        this.language = language;
        record(basis, now);
    }

    public void record(Basis basis, Instant now) {
        this.textHash = basis.text();
        this.sourceLanguage = basis.sourceLanguage();
        this.sourceHash = basis.source();
        this.savedAt = now;
    }

    public Basis basis() {
        return new Basis(textHash, sourceLanguage, sourceHash);
    }

    public String getUnitKey() {
        return unitKey;
    }

    public String getLanguage() {
        return language;
    }
}
