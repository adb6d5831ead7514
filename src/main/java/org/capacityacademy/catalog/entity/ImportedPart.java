package org.capacityacademy.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

import java.time.Instant;

/**
 * A part of a course that comes from its files and is identified there by a code (a lesson,
 * a question): its stored id stays while the code does, it changes only when the content's
 * hash or its place does, and it is retired, never deleted, when it leaves the files.
 */
@MappedSuperclass
public abstract class ImportedPart {

    @Id
    @SequenceGenerator(name = "catalog_seq", sequenceName = "catalog_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_seq")
    private Long id;

    @Column(name = "course_id")
    private long courseId;

    private String code;
    private int position;
    private boolean retired;

    @Column(name = "content_hash")
    private String contentHash;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ImportedPart() {
    }

    protected ImportedPart(long courseId, String code) {
        this.courseId = courseId;
        this.code = code;
    }

    /**
     * Whether content with this hash, at this place, is news; if so it is taken as the
     * current content, and the subclass copies the rest of it.
     */
    protected boolean takes(String hash, int position, boolean movedElsewhere, Instant now) {
        if (!movedElsewhere && this.position == position && !retired && hash.equals(contentHash)) {
            return false;
        }
        this.position = position;
        this.retired = false;
        this.contentHash = hash;
        this.updatedAt = now;
        return true;
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

    public String getContentHash() {
        return contentHash;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
