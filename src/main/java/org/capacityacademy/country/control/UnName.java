package org.capacityacademy.country.control;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A country's name as the United Nations writes it in running text and lists, from its UNTERM
 * short name: without the footnote markers UNTERM appends about an entity's status ({@code *},
 * {@code **}: "État de Palestine (l') *", "Nioué **"), which are not part of the name; without
 * the article UNTERM gives in parentheses for use in a sentence ("Bahamas (the)", "Saint-Siège
 * (le)"), which a list and a certificate do without; with the typographic apostrophe of UN
 * editorial style ("Côte d’Ivoire").
 */
public final class UnName {

    private static final Pattern FOOTNOTE_MARKERS = Pattern.compile("\\s*\\*+\\s*$");
    private static final Map<String, Pattern> ARTICLES = Map.of(
            "en", Pattern.compile("\\s*\\(the\\)$"),
            "fr", Pattern.compile("\\s*\\((?:le|la|les|l['’])\\)$"),
            "es", Pattern.compile("\\s*\\((?:el|la|los|las)\\)$"));

    private UnName() {
    }

    /** The name as shown, from the name the reference data gives in that language. */
    public static String of(String language, String name) {
        String shown = FOOTNOTE_MARKERS.matcher(name.strip()).replaceAll("");
        Pattern article = ARTICLES.get(language);
        if (article != null) {
            shown = article.matcher(shown).replaceAll("");
        }
        return shown.replace('\'', '’').strip();
    }
}
