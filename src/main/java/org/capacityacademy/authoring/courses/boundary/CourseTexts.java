package org.capacityacademy.authoring.courses.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.authoring.courses.control.Checks;
import org.capacityacademy.platform.boundary.Language;

import java.util.Map;

/**
 * A course's text (given per language) as the editor's pages show it: in the page's language
 * when the course has it, else in the first language it has, marked with that language.
 */
@Named
@RequestScoped
public class CourseTexts {

    @Inject
    Language language;

    public String of(Map<String, String> texts) {
        String language = languageOf(texts);
        return language == null ? "" : texts.get(language);
    }

    public String languageOf(Map<String, String> texts) {
        if (texts == null || texts.isEmpty()) {
            return null;
        }
        String page = language.getTag();
        if (texts.get(page) != null && !texts.get(page).isBlank()) {
            return page;
        }
        return texts.keySet().iterator().next();
    }

    /** Languages by their own names, e.g. {@code 中文, English}. */
    public String names(java.util.List<String> tags) {
        return String.join(", ", tags.stream().map(Checks::languageName).toList());
    }

    /** The language's own name, e.g. العربية. */
    public String name(String tag) {
        return Checks.languageName(tag);
    }
}
