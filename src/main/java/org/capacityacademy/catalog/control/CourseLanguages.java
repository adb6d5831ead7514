package org.capacityacademy.catalog.control;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The languages a course is offered in, and which of them a reader gets (issue 18): the page's
 * language when the course offers it; otherwise the language the reader chose for this course,
 * when the course offers it; otherwise English, when offered; otherwise the course's default.
 * The reader's choice is asked for only when the page's language is not offered (it may cost a
 * database read).
 */
public record CourseLanguages(List<String> offered, String defaultLanguage) {

    public static final String ENGLISH = "en";

    public CourseLanguages {
        offered = List.copyOf(offered);
    }

    public boolean offers(String language) {
        return language != null && offered.contains(language);
    }

    /** The language the course's texts are shown in to a reader of pages in {@code page}. */
    public String shownTo(String page, Supplier<Optional<String>> chosen) {
        if (offers(page)) {
            return page;
        }
        Optional<String> choice = chosen.get().filter(this::offers);
        if (choice.isPresent()) {
            return choice.get();
        }
        return offers(ENGLISH) ? ENGLISH : defaultLanguage;
    }

    /** The language shown to a reader who chose nothing for this course. */
    public String shownTo(String page) {
        return shownTo(page, Optional::empty);
    }
}
