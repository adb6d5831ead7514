package org.capacityacademy.administration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Locale;

/**
 * A named group of people, e.g. a regional programme's 2026 intake, enrolled together in
 * courses. Its members and courses are kept in {@link CohortMember} and {@link CohortCourse}.
 */
@Entity
@Table(name = "cohort")
@NamedQuery(name = Cohort.FIND_BY_NAME, query = "SELECT c FROM Cohort c WHERE c.nameKey = :key")
@NamedQuery(name = Cohort.FIND_ALL, query = "SELECT c FROM Cohort c ORDER BY c.name")
public class Cohort {

    public static final String FIND_BY_NAME = "Cohort.findByName";
    public static final String FIND_ALL = "Cohort.findAll";
    public static final int NAME_LENGTH = 120;
    public static final int DESCRIPTION_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "cohort_seq", sequenceName = "cohort_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cohort_seq")
    private Long id;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "name_key", nullable = false, length = NAME_LENGTH)
    private String nameKey;

    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private Long createdBy;

    @Version
    private long version;

    protected Cohort() {
    }

    public Cohort(String name, String description, Instant createdAt, Long createdBy) {
        describe(name, description);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Names are compared without case and surrounding spaces: "Africa 2026" and "africa 2026 " are one cohort. */
    public static String key(String name) {
        return name == null ? null : name.strip().toLowerCase(Locale.ROOT);
    }

    public void describe(String name, String description) {
        this.name = name.strip();
        this.nameKey = key(name);
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public Instant getCreatedAt() { return createdAt; }
    public Long getCreatedBy() { return createdBy; }
}
