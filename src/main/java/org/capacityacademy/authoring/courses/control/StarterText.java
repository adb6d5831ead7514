package org.capacityacademy.authoring.courses.control;

import org.capacityacademy.platform.control.Messages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The first words of new course files, in each language of the course, from the message
 * bundles: real sentences about the document the course teaches, for the author to rewrite.
 */
final class StarterText {

    private StarterText() {
    }

    static String of(String language, String key, Object... arguments) {
        return Messages.text(Locale.forLanguageTag(language), key, arguments);
    }

    static Map<String, String> each(List<String> languages, String key, Object... arguments) {
        Map<String, String> texts = new LinkedHashMap<>();
        languages.forEach(language -> texts.put(language, of(language, key, arguments)));
        return texts;
    }
}
