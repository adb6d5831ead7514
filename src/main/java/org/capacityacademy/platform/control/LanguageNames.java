package org.capacityacademy.platform.control;

import java.util.List;
import java.util.Locale;

/**
 * Languages named in the language of the page ("chinois", "الصينية", "китайский"), as a
 * course's languages are listed and offered: from the JDK's CLDR data, which names every
 * language in each of the six. Lists are joined as each language writes a list
 * ({@code language.list} in the bundles: "chinois, anglais", "中文、英语", "الصينية، الإنجليزية").
 */
public final class LanguageNames {

    private LanguageNames() {
    }

    /** The language of {@code tag} named in the language of {@code page}; the tag itself when it names no language. */
    public static String name(String tag, Locale page) {
        if (tag == null || tag.isBlank()) {
            return "";
        }
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(page);
        return name.isBlank() ? tag : name;
    }

    /** The languages named in the language of {@code page}, in the order given. */
    public static String list(List<String> tags, Locale page) {
        String list = null;
        for (String tag : tags) {
            list = list == null ? name(tag, page) : Messages.text(page, "language.list", list, name(tag, page));
        }
        return list == null ? "" : list;
    }
}
