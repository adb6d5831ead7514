package org.capacityacademy.authoring.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading the values of a parsed YAML document leniently: a file being edited may be
 * incomplete, and the editor shows what is there (the reader names what is wrong when the
 * draft is checked).
 */
final class Texts {

    private Texts() {
    }

    /** The languages of a text map, those of {@code order} first, then any others as they came. */
    static List<String> ordered(Map<String, String> texts, List<String> order) {
        List<String> languages = new ArrayList<>();
        for (String language : order) {
            if (texts.containsKey(language)) {
                languages.add(language);
            }
        }
        texts.keySet().stream().filter(language -> !languages.contains(language)).forEach(languages::add);
        return languages;
    }

    /** A map of texts by language, e.g. {@code {zh: ..., en: ...}}; empty when it is not one. */
    static Map<String, String> localized(Object value) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((language, text) -> {
                if (text != null) {
                    texts.put(String.valueOf(language), String.valueOf(text).strip());
                }
            });
        }
        return texts;
    }

    static List<String> strings(Object value) {
        List<String> strings = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().filter(item -> item != null).map(item -> String.valueOf(item).strip()).forEach(strings::add);
        } else if (value != null) {
            strings.add(String.valueOf(value).strip());
        }
        return strings;
    }

    static String string(Object value, String otherwise) {
        return value == null ? otherwise : String.valueOf(value).strip();
    }

    static int number(Object value, int otherwise) {
        return value instanceof Integer number ? number : otherwise;
    }

    static boolean flag(Object value, boolean otherwise) {
        return value instanceof Boolean flag ? flag : otherwise;
    }

    static Map<?, ?> fields(Object value) {
        return value instanceof Map<?, ?> map ? map : Map.of();
    }
}
