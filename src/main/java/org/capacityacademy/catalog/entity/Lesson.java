package org.capacityacademy.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A lesson: the report sections it quotes, its reading time, and per language its title,
 * objectives, key terms and explanation. Its id stays the same across imports while its
 * code does, so learners' progress on it survives an edit.
 */
@Entity
@Cacheable
@Table(name = "lesson")
@NamedQuery(name = Lesson.FIND_BY_COURSE, query = "SELECT l FROM Lesson l WHERE l.courseId = :course ORDER BY l.position")
public class Lesson extends ImportedPart {

    public static final String FIND_BY_COURSE = "Lesson.findByCourse";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "module_id")
    private CourseModule module;

    private int minutes;

    /** An optional lesson does not count toward completing the course. */
    private boolean optional;
    private String covers;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lesson_text", joinColumns = @JoinColumn(name = "lesson_id"))
    @MapKeyColumn(name = "language")
    private Map<String, LessonText> texts = new HashMap<>();

    protected Lesson() {
    }

    public Lesson(long courseId, String code) {
        super(courseId, code);
    }

    /** Takes the files' content when it differs from what is stored; true when it did. */
    public boolean describe(CourseModule module, int position, int minutes, boolean optional, List<String> covers,
                            Map<String, LessonText> texts, String hash, Instant now) {
        if (!takes(hash, position, this.module != module, now)) {
            return false;
        }
        this.module = module;
        this.minutes = minutes;
        this.optional = optional;
        this.covers = String.join(",", covers);
        this.texts.clear();
        this.texts.putAll(texts);
        return true;
    }

    public CourseModule getModule() {
        return module;
    }

    public boolean isOptional() {
        return optional;
    }

    public int getMinutes() {
        return minutes;
    }

    public List<String> getCovers() {
        return Arrays.asList(covers.split(","));
    }

    public LessonText textIn(String language) {
        return texts.get(language);
    }
}
