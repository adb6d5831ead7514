package org.capacityacademy.courseformat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading the values of a course file leniently: a file being edited may be incomplete, and the
 * editor shows what is there (the reader names what is wrong when the course is checked).
 */
final class Lenient {

    private Lenient() {
    }

    /** A map of texts by language, e.g. {@code {zh: ..., en: ...}}, in the file's order; empty when it is not one. */
    static Map<String, String> texts(Object value) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((language, text) -> {
                if (text != null && !(text instanceof Map<?, ?>) && !(text instanceof List<?>)) {
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
}
