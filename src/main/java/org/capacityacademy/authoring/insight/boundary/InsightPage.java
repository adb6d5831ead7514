package org.capacityacademy.authoring.insight.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.authoring.drafts.boundary.NotAnAuthor;
import org.capacityacademy.country.boundary.Countries;
import org.capacityacademy.platform.boundary.Language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Supplier;

/**
 * What the two pages of the instructors' view share ({@code insight} in EL): opening the course
 * for the caller, with 403 for someone who is not its author nor an administrator and 404 for no
 * such course; and values in the page's language (days, shares, countries).
 */
@Named("insight")
@RequestScoped
public class InsightPage {

    @Inject
    Language language;

    @Inject
    Countries countries;

    private final Map<String, String> countryNames = new HashMap<>();

    /** The course as the supplier finds it; null after answering 403, or 404 (no course named, or no such course). */
    <T> T open(String code, Supplier<Optional<T>> course) {
        if (code == null || code.isBlank()) {
            refuse(404);
            return null;
        }
        try {
            Optional<T> found = course.get();
            if (found.isEmpty()) {
                refuse(404);
            }
            return found.orElse(null);
        } catch (NotAnAuthor e) {
            refuse(403);
            return null;
        }
    }

    String language() {
        return language.getTag();
    }

    /** A day in the page's language, in the server's time zone. */
    public String day(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.getLocale())
                .withZone(ZoneId.systemDefault()).format(instant);
    }

    /** A share from 0 to 1 as a percentage in the page's language, e.g. 42 %. */
    public String percent(double share) {
        return new MessageFormat("{0,number,percent}", language.getLocale()).format(new Object[] {share});
    }

    /** A score in per cent, e.g. 87.5 %. */
    public String score(Number score) {
        return score == null ? "" : new MessageFormat("{0,number,#.#}", language.getLocale()).format(new Object[] {score})
                + "\u00a0%";
    }

    /** The country's name in the page's language. */
    public String country(String code) {
        return countryNames.computeIfAbsent(code == null ? "" : code, c -> countries.find(c)
                .map(country -> country.nameIn(language.getLocale())).orElse(c));
    }

    /** An address's query of the given names and values (empty values left out), each encoded. */
    static String query(String... namesAndValues) {
        StringJoiner query = new StringJoiner("&");
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                query.add(namesAndValues[i] + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    /** A whole number typed in an address, or null. */
    static Long number(String value) {
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void refuse(int status) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        try {
            external.responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
