package org.capacityacademy.authoring.lessons.control;

import org.capacityacademy.platform.control.Messages;

import java.util.Locale;
import java.util.MissingResourceException;

/**
 * How a lesson cites the report in its own language: "(para. 19)", "（第19段）", "(párr. 19)";
 * an unnumbered part by its name. The forms are message keys, so each language writes its own.
 */
public final class Citations {

    private Citations() {
    }

    /** The citation of a section, written in the language of the text it goes into. */
    public static String of(String section, String language) {
        Locale locale = Locale.forLanguageTag(language);
        return DraftReport.numbered(section) ? Messages.text(locale, "author.lesson.citeParagraph", section)
                : Messages.text(locale, "author.lesson.citePart", partName(section, locale));
    }

    /** "Paragraph 26", or the name of an unnumbered part, for a list of sections. */
    public static String label(String section, Locale locale) {
        return DraftReport.numbered(section) ? Messages.text(locale, "catalog.paragraph", section) : partName(section, locale);
    }

    private static String partName(String section, Locale locale) {
        try {
            return Messages.text(locale, "catalog.part." + section);
        } catch (MissingResourceException e) {
            return section;   // a part the platform has no name for: its id, as the report file writes it
        }
    }

    /**
     * The text with the citation put at {@code cursor} (a character offset sent by the page's
     * script), or at the end when there is none; a space before it when it would touch a word.
     */
    public static String insert(String text, String citation, String cursor) {
        String markdown = text == null ? "" : text.replace("\r\n", "\n");
        int at = markdown.length();
        try {
            at = Math.max(0, Math.min(markdown.length(), Integer.parseInt(cursor == null ? "" : cursor.strip())));
        } catch (NumberFormatException e) {
            // no cursor (no script, or the field never had focus): at the end
        }
        String before = markdown.substring(0, at);
        boolean space = !before.isEmpty() && !Character.isWhitespace(before.charAt(before.length() - 1))
                && citation.startsWith("(");
        return before + (space ? " " : "") + citation + markdown.substring(at);
    }
}
