package org.capacityacademy.catalog.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.Version;
import org.capacityacademy.catalog.entity.QuizRules;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A course as last imported from its files; its texts per language. */
@jakarta.persistence.EntityListeners(org.capacityacademy.catalog.control.CourseChanges.class)
@Entity
@Cacheable
@Table(name = "course")
@NamedQuery(name = Course.FIND_BY_CODE, query = "SELECT c FROM Course c WHERE c.code = :code")
@NamedQuery(name = Course.FIND_ALL, query = "SELECT c FROM Course c ORDER BY c.code")
public class Course {

    public static final String FIND_BY_CODE = "Course.findByCode";
    public static final String FIND_ALL = "Course.findAll";

    @Id
    @SequenceGenerator(name = "catalog_seq", sequenceName = "catalog_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_seq")
    private Long id;

    private String code;

    @Column(name = "content_version")
    private int contentVersion;

    @Column(name = "default_language")
    private String defaultLanguage;

    private String languages;

    @Column(name = "report_symbol")
    private String reportSymbol;

    @Column(name = "official_languages")
    private String officialLanguages;

    @Column(name = "final_code")
    private String finalCode;

    @Embedded
    @AttributeOverride(name = "draw", column = @Column(name = "final_draw"))
    @AttributeOverride(name = "passMark", column = @Column(name = "final_pass_mark"))
    @AttributeOverride(name = "attempts", column = @Column(name = "final_attempts"))
    @AttributeOverride(name = "timeLimit", column = @Column(name = "final_time_limit"))
    @AttributeOverride(name = "shuffle", column = @Column(name = "final_shuffle"))
    @AttributeOverride(name = "feedback", column = @Column(name = "final_feedback"))
    private QuizRules finalQuiz;

    /** Whether learners may enrol themselves; otherwise an administrator enrols them. */
    @Column(name = "self_enrolment")
    private boolean selfEnrolment;

    /** The completion rule: every required lesson, the final assessment passed, or both. */
    @Column(name = "completion_lessons")
    private boolean completionLessons = true;

    @Column(name = "completion_final")
    private boolean completionFinal = true;

    @Column(name = "content_hash")
    private String contentHash;

    /** The hash of the course as its folder last stated it; null for a course made in the browser. */
    @Column(name = "files_hash")
    private String filesHash;

    @Column(name = "imported_at")
    private Instant importedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_text", joinColumns = @JoinColumn(name = "course_id"))
    @MapKeyColumn(name = "language")
    private Map<String, CourseText> texts = new HashMap<>();

    @Version
    private long version;

    protected Course() {
    }

    public Course(String code) {
        this.code = code;
    }

    /** Takes what the files say now; {@code hash} identifies that content. */
    public void describe(int contentVersion, String defaultLanguage, List<String> languages, String reportSymbol,
                         List<String> officialLanguages, String finalCode, QuizRules finalQuiz,
                         boolean selfEnrolment, Map<String, CourseText> texts, String hash, Instant now) {
        this.selfEnrolment = selfEnrolment;
        this.contentVersion = contentVersion;
        this.defaultLanguage = defaultLanguage;
        this.languages = String.join(",", languages);
        this.reportSymbol = reportSymbol;
        this.officialLanguages = String.join(",", officialLanguages);
        this.finalCode = finalCode;
        this.finalQuiz = finalQuiz;
        this.texts.clear();
        this.texts.putAll(texts);
        this.contentHash = hash;
        this.importedAt = now;
    }

    public Long getId() {
        return id;
    }

    /** The row's version: every change of the course changes it (see {@code PublishedCourses}). */
    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public int getContentVersion() {
        return contentVersion;
    }

    public String getDefaultLanguage() {
        return defaultLanguage;
    }

    public List<String> getLanguages() {
        return Arrays.asList(languages.split(","));
    }

    public String getReportSymbol() {
        return reportSymbol;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getFilesHash() {
        return filesHash;
    }

    /** Notes that its folder, as it is now, has been imported: the folder is not imported again until it changes. */
    public void importedFromFolder(String hash) {
        this.filesHash = hash;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    /** What completes the course, as its files state it. */
    public void completeWhen(boolean requiredLessons, boolean finalAssessment) {
        this.completionLessons = requiredLessons;
        this.completionFinal = finalAssessment;
    }

    public boolean isCompletedByLessons() {
        return completionLessons;
    }

    public boolean isCompletedByFinalAssessment() {
        return completionFinal;
    }

    public boolean isSelfEnrolment() {
        return selfEnrolment;
    }

    public String getFinalCode() {
        return finalCode;
    }

    public QuizRules getFinalQuiz() {
        return finalQuiz;
    }

    /** The texts in a language, or in the course's default language when it does not offer that one. */
    public CourseText textIn(String language) {
        return texts.getOrDefault(language, texts.get(defaultLanguage));
    }
}
