package org.capacityacademy.tracking.control;

import org.capacityacademy.platform.control.Messages;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * "You completed the lesson “X”" in the page's language. The activity's name is kept apart
 * from the text around it, so the page can mark its own language and direction (a Chinese
 * lesson title in an Arabic sentence).
 */
public record ActivitySentence(String before, String name, String nameLanguage, String after) {

    private static final String MARK = "\uE000";

    public static ActivitySentence of(HistoryEntry entry, Locale locale) {
        String verb = entry.verb() == null ? "other" : entry.verb().name().toLowerCase(Locale.ROOT);
        String key = "activity." + verb;
        if (entry.type() != null && has(key + "." + entry.type().name().toLowerCase(Locale.ROOT))) {
            key += "." + entry.type().name().toLowerCase(Locale.ROOT);
        }
        Map.Entry<String, String> name = entry.nameIn(locale.getLanguage()).orElse(Map.entry(locale.getLanguage(), "?"));
        String text = Messages.text(locale, key, MARK);
        int at = text.indexOf(MARK);
        return new ActivitySentence(text.substring(0, at), name.getValue(), name.getKey(), text.substring(at + MARK.length()));
    }

    private static boolean has(String key) {
        return ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH, ActivitySentence.class.getClassLoader()).containsKey(key);
    }
}
