package org.capacityacademy.platform.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The six official languages of the United Nations, in which every page is offered. */
public enum SupportedLanguage {
    AR("ar", "العربية", true),
    EN("en", "English", false),
    ES("es", "Español", false),
    FR("fr", "Français", false),
    RU("ru", "Русский", false),
    ZH("zh", "中文", false);

    public static final SupportedLanguage DEFAULT = EN;

    private final String tag;
    private final String nativeName;
    private final boolean rightToLeft;

    SupportedLanguage(String tag, String nativeName, boolean rightToLeft) {
        this.tag = tag;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    public String getTag() {
        return tag;
    }

    public String getNativeName() {
        return nativeName;
    }

    public boolean isRightToLeft() {
        return rightToLeft;
    }

    public String getDirection() {
        return rightToLeft ? "rtl" : "ltr";
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language of a tag such as {@code fr} or {@code zh-Hans-CN}, if it is one of the six. */
    public static Optional<SupportedLanguage> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim()).getLanguage();
        return Arrays.stream(values()).filter(l -> l.tag.equals(language)).findFirst();
    }

    /** The first of the six that an {@code Accept-Language} header asks for, by its weights. */
    public static Optional<SupportedLanguage> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            for (Locale.LanguageRange range : ranges) {
                if (range.getWeight() > 0) {
                    Optional<SupportedLanguage> match = fromTag(range.getRange().replace("*", ""));
                    if (match.isPresent()) {
                        return match;
                    }
                }
            }
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
