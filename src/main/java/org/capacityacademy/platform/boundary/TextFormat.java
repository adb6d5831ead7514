package org.capacityacademy.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.text.MessageFormat;

/**
 * Fills a bundle text's parameters in EL, where {@code h:outputFormat} cannot go (attribute
 * values such as {@code aria-label}): {@code #{format.one(msg['users.count'], total)}}.
 */
@Named("format")
@RequestScoped
public class TextFormat {

    @Inject
    Language language;

    public String one(String pattern, Object first) {
        return new MessageFormat(pattern, language.getLocale()).format(new Object[] {first});
    }

    /** A moment in the page's language, in the server's time zone. */
    public String instant(java.time.Instant instant) {
        return instant == null ? "" : java.time.format.DateTimeFormatter
                .ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM).withLocale(language.getLocale())
                .withZone(java.time.ZoneId.systemDefault()).format(instant);
    }

    /** A time of day in the page's language, in the server's time zone, e.g. 14:05:09. */
    public String time(java.time.Instant instant) {
        return instant == null ? "" : java.time.format.DateTimeFormatter
                .ofLocalizedTime(java.time.format.FormatStyle.MEDIUM).withLocale(language.getLocale())
                .withZone(java.time.ZoneId.systemDefault()).format(instant);
    }

    public String two(String pattern, Object first, Object second) {
        return new MessageFormat(pattern, language.getLocale()).format(new Object[] {first, second});
    }

    public String three(String pattern, Object first, Object second, Object third) {
        return new MessageFormat(pattern, language.getLocale()).format(new Object[] {first, second, third});
    }
}
