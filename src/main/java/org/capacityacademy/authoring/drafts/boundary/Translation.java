package org.capacityacademy.authoring.drafts.boundary;

import org.capacityacademy.courseformat.Translations.Status;

import java.io.Serializable;

/**
 * One language's text of a lesson or question in a course's files, with where it is and its
 * status: complete, missing, or outdated by a change to the source language.
 *
 * @param kind {@code lesson} or {@code question}
 * @param code the lesson's or question's id
 * @param key  what identifies it among the course's files ({@code courseformat.Translations})
 * @param sourceLanguage the course's source language, which the others are translated from
 */
public record Translation(String kind, String code, String key, String language, String sourceLanguage, String file, int line,
                          Status status)
        implements Serializable {

    /** Whether authors are told about it before publishing: a missing or outdated translation. */
    public boolean needsWork() {
        return status != Status.COMPLETE;
    }

    /** Whether this is the source language's text, the one the others are translated from. */
    public boolean isSource() {
        return language.equals(sourceLanguage);
    }

    /** The status as a message key's last part: {@code complete}, {@code missing} or {@code outdated}. */
    public String getState() {
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
