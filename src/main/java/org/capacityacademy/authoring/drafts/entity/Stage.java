package org.capacityacademy.authoring.drafts.entity;

/** Which copy of a course's files a row belongs to: what learners see, or what its authors are editing. */
public enum Stage {
    PUBLISHED, DRAFT
}
