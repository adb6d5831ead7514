package org.capacityacademy.platform.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts from the {@code messages} bundles, for the few that are composed in Java (mail, for instance). */
public final class Messages {

    public static final String BUNDLE = "messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = bundle(SupportedLanguage.DEFAULT.getLocale()).getString(key);
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale supported = SupportedLanguage.fromTag(locale.toLanguageTag())
                .orElse(SupportedLanguage.DEFAULT).getLocale();
        return ResourceBundle.getBundle(BUNDLE, supported, Messages.class.getClassLoader(), NO_FALLBACK);
    }
}
