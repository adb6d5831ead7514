package org.capacityacademy.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each language's punctuation as a professional UN translator writes it, in every message:
 * French puts a no-break space (U+00A0, or the narrow U+202F) before {@code : ; ? ! %} and inside
 * « », so that a sign never starts a line; Spanish opens every question and exclamation with ¿ and ¡;
 * English, Spanish and Russian put no space before {@code : ; ? !}, and Russian none inside « »;
 * Arabic writes ؟ ؛ ، and Chinese its full-width signs next to its own text.
 */
class BundleTypographyTest {

    private static final String NO_BREAK = "\u00a0\u202f";

    @Test
    void frenchPutsANoBreakSpaceBeforeHighSignsAndInsideGuillemets() throws IOException {
        assertEquals(List.of(), problems("fr"));
    }

    @Test
    void spanishOpensQuestionsAndExclamationsAndPutsNoSpaceBeforeSigns() throws IOException {
        assertEquals(List.of(), problems("es"));
    }

    @Test
    void englishAndRussianPutNoSpaceBeforeSigns() throws IOException {
        assertEquals(List.of(), problems("en"));
        assertEquals(List.of(), problems("ru"));
    }

    @Test
    void arabicAndChineseUseTheirOwnSigns() throws IOException {
        assertEquals(List.of(), problems("ar"));
        assertEquals(List.of(), problems("zh"));
    }

    @Test
    void theRulesCatchWhatTheyAreFor() {
        assertEquals(List.of("a plain space before ':'"), problems("fr", "Précédente :"));
        assertEquals(List.of("no no-break space before '?'"), problems("fr", "Mot de passe oublié?"));
        assertEquals(List.of("no no-break space after «", "no no-break space before »"), problems("fr", "le cours « {0} »"));
        assertEquals(List.of(), problems("fr", "Suivante\u00a0: https://example.org/verify?code=1 à 14:05, ::id:: et 50\u00a0%"));
        assertEquals(List.of("a plain space before '%'"), problems("fr", "Note de passage\u00a0: {0} %"));
        assertEquals(List.of("'?' without its opening ¿"), problems("es", "Ha olvidado su contraseña?"));
        assertEquals(List.of("'!' without its opening ¡"), problems("es", "Hecho. Bienvenido!"));
        assertEquals(List.of(), problems("es", "Hecho. ¿Ha olvidado su contraseña? ¡Bienvenido!"));
        assertEquals(List.of("a space before ':'"), problems("en", "Next :"));
        assertEquals(List.of("a space inside « »"), problems("ru", "роль « {0}»"));
        assertEquals(List.of("'?' after Arabic text (write ؟)"), problems("ar", "هل نسيت كلمة المرور?"));
        assertEquals(List.of("',' after Chinese text (write the full-width sign)"), problems("zh", "课程,测验"));
    }

    private static List<String> problems(String language) throws IOException {
        Properties bundle = BundleCompletenessTest.bundle(language);
        List<String> found = new ArrayList<>();
        for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
            problems(language, bundle.getProperty(key)).forEach(problem -> found.add(key + ": " + problem));
        }
        return found;
    }

    /** What is wrong with one message's punctuation in its language. */
    static List<String> problems(String language, String text) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char sign = text.charAt(i);
            char before = i > 0 ? text.charAt(i - 1) : '\n';
            if (":;?!%".indexOf(sign) >= 0 && isPunctuation(text, i)) {
                switch (language) {
                    case "fr" -> {
                        if (before == ' ') {
                            found.add("a plain space before '" + sign + "'");
                        } else if (NO_BREAK.indexOf(before) < 0 && sign != '%') {
                            found.add("no no-break space before '" + sign + "'");
                        }
                    }
                    case "en", "es", "ru" -> {
                        if (sign != '%' && (Character.isWhitespace(before) || NO_BREAK.indexOf(before) >= 0)) {
                            found.add("a space before '" + sign + "'");
                        }
                    }
                    default -> { }
                }
                if (language.equals("es") && (sign == '?' || sign == '!') && !opened(text, i, sign == '?' ? '¿' : '¡')) {
                    found.add("'" + sign + "' without its opening " + (sign == '?' ? '¿' : '¡'));
                }
            }
            if (language.equals("ar") && "?;,".indexOf(sign) >= 0 && isArabic(before)) {
                found.add("'" + sign + "' after Arabic text (write " + switch (sign) {
                    case '?' -> "؟";
                    case ';' -> "؛";
                    default -> "،";
                } + ")");
            }
            if (language.equals("zh") && ",:;?!".indexOf(sign) >= 0 && isChinese(before)) {
                found.add("'" + sign + "' after Chinese text (write the full-width sign)");
            }
            if (sign == '«' && language.equals("fr") && (i + 1 >= text.length() || NO_BREAK.indexOf(text.charAt(i + 1)) < 0)) {
                found.add("no no-break space after «");
            }
            if (sign == '»' && language.equals("fr") && NO_BREAK.indexOf(before) < 0) {
                found.add("no no-break space before »");
            }
            if (language.equals("ru") && ((sign == '«' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)))
                    || (sign == '»' && Character.isWhitespace(before)))) {
                found.add("a space inside « »");
            }
        }
        return found;
    }

    /**
     * Whether the sign at {@code i} punctuates the text: a colon in a URL or a time ({@code https:},
     * {@code 14:05}), GIFT's {@code ::id::} or a query ({@code ?code=}) does not. A sign does when a
     * space comes before it, or when the text ends, a space or a closing sign follows it.
     */
    private static boolean isPunctuation(String text, int i) {
        char sign = text.charAt(i);
        char before = i > 0 ? text.charAt(i - 1) : '\n';
        char after = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
        if (sign == ':' && (before == ':' || after == ':')) {
            return false;
        }
        if (sign == '%' && (before == '%' || Character.isLetter(after) || before == '~' || Character.isLetter(before))) {
            return false;   // GIFT's weights (~%50%), or a sign in a word
        }
        return Character.isWhitespace(before) || NO_BREAK.indexOf(before) >= 0 || Character.isWhitespace(after)
                || NO_BREAK.indexOf(after) >= 0 || "»\"”’)<.,".indexOf(after) >= 0;
    }

    /** Whether an opening sign comes before the sign at {@code i} in the same sentence. */
    private static boolean opened(String text, int i, char opening) {
        for (int j = i - 1; j >= 0; j--) {
            char c = text.charAt(j);
            if (c == opening) {
                return true;
            }
            if (c == '.' || c == '?' || c == '!' || c == '\n') {
                return false;
            }
        }
        return false;
    }

    private static boolean isArabic(char c) {
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC;
    }

    private static boolean isChinese(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
