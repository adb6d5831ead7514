package org.capacityacademy.catalog.boundary;

import java.util.Map;
import java.util.Optional;

/**
 * What decides the language a reader gets a course in ({@link org.capacityacademy.catalog.control.CourseLanguages}):
 * the language of their pages, and the language they chose for a course. On a page it is
 * {@link ContentLanguages}, which reads the choice of the person signed in (or the visitor's
 * cookie) only when a course needs it; elsewhere (a certificate, an export) a plain value.
 */
public interface ReaderLanguages {

    /** The language of the pages the reader reads, one of the six. */
    String page();

    /** The language the reader chose for a course, by the course's code; empty when they chose none. */
    Optional<String> chosenFor(String courseCode);

    /** A reader of pages in {@code page} who chose no language for any course. */
    static ReaderLanguages of(String page) {
        return of(page, Map.of());
    }

    /** A reader of pages in {@code page} with these choices, by course code. */
    static ReaderLanguages of(String page, Map<String, String> chosen) {
        Map<String, String> choices = Map.copyOf(chosen);
        return new ReaderLanguages() {
            @Override
            public String page() {
                return page;
            }

            @Override
            public Optional<String> chosenFor(String courseCode) {
                return Optional.ofNullable(choices.get(courseCode));
            }
        };
    }
}
