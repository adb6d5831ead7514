package org.capacityacademy.catalog.entity;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.capacityacademy.catalog.entity.QuizRules;

import java.util.HashMap;
import java.util.Map;

/** A module of a course: its lessons, then its quiz. */
@Entity
@Cacheable
@Table(name = "course_module")
@NamedQuery(name = CourseModule.FIND_BY_COURSE, query = "SELECT m FROM CourseModule m WHERE m.course = :course ORDER BY m.position")
public class CourseModule {

    public static final String FIND_BY_COURSE = "CourseModule.findByCourse";

    @Id
    @SequenceGenerator(name = "catalog_seq", sequenceName = "catalog_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id")
    private Course course;

    private String code;
    private int position;

    @Embedded
    private QuizRules quiz;

    private boolean retired;

    @Column(name = "content_hash")
    private String contentHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_module_text", joinColumns = @JoinColumn(name = "module_id"))
    @MapKeyColumn(name = "language")
    private Map<String, ModuleText> texts = new HashMap<>();

    protected CourseModule() {
    }

    public CourseModule(Course course, String code) {
        this.course = course;
        this.code = code;
    }

    /** Takes the files' content; false when it was already this content. */
    public boolean describe(int position, QuizRules quiz, Map<String, ModuleText> texts, String hash) {
        boolean changed = !hash.equals(contentHash) || this.position != position || retired;
        this.position = position;
        this.quiz = quiz;
        this.retired = false;
        this.texts.clear();
        this.texts.putAll(texts);
        this.contentHash = hash;
        return changed;
    }

    public void retire() {
        retired = true;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public boolean isRetired() {
        return retired;
    }

    public QuizRules getQuiz() {
        return quiz;
    }

    public ModuleText textIn(String language) {
        return texts.get(language);
    }

    public String getContentHash() {
        return contentHash;
    }
}
