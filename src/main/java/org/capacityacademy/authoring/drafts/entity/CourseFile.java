package org.capacityacademy.authoring.drafts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * One file of a course (in the format of {@code courses/README.md}), as published or as its
 * draft. The version tells an editor whether someone else changed the file since it was read.
 */
@Entity
@Table(name = "course_file")
@NamedQuery(name = CourseFile.OF_COURSE, query = "SELECT f FROM CourseFile f WHERE f.courseCode = :course "
        + "AND f.stage = :stage ORDER BY f.path")
@NamedQuery(name = CourseFile.COUNT, query = "SELECT COUNT(f) FROM CourseFile f WHERE f.courseCode = :course "
        + "AND f.stage = :stage")
@NamedQuery(name = CourseFile.COURSES, query = "SELECT DISTINCT f.courseCode FROM CourseFile f ORDER BY f.courseCode")
public class CourseFile {

    public static final String OF_COURSE = "CourseFile.ofCourse";
    public static final String COUNT = "CourseFile.count";
    public static final String COURSES = "CourseFile.courses";

    @Id
    @SequenceGenerator(name = "course_file_seq", sequenceName = "course_file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_file_seq")
    private Long id;

    @Column(name = "course_code")
    private String courseCode;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    private String path;
    private String content;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Version
    private long version;

    protected CourseFile() {
    }

    public CourseFile(String courseCode, Stage stage, String path, String content, Instant now, Long accountId) {
        this.courseCode = courseCode;
        this.stage = stage;
        this.path = path;
        this.content = content;
        this.updatedAt = now;
        this.updatedBy = accountId;
    }

    public void write(String content, Instant now, Long accountId) {
        this.content = content;
        this.updatedAt = now;
        this.updatedBy = accountId;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public Stage getStage() {
        return stage;
    }

    public String getPath() {
        return path;
    }

    public String getContent() {
        return content;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
