package org.capacityacademy.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.capacityacademy.platform.control.LanguageCookie;
import org.capacityacademy.platform.control.LanguageNames;
import org.capacityacademy.platform.control.SupportedLanguage;

import java.util.List;
import java.util.Locale;

/**
 * The language of this request: the one the person chose (cookie, set from their profile
 * at sign-in), otherwise the first of the six their browser asks for, otherwise English.
 */
@Named
@RequestScoped
public class Language {

    @Inject
    HttpServletRequest request;

    private SupportedLanguage current;

    public SupportedLanguage getCurrent() {
        if (current == null) {
            current = LanguageCookie.read(request)
                    .or(() -> SupportedLanguage.fromAcceptLanguage(request.getHeader("Accept-Language")))
                    .orElse(SupportedLanguage.DEFAULT);
        }
        return current;
    }

    public Locale getLocale() {
        return getCurrent().getLocale();
    }

    public String getTag() {
        return getCurrent().getTag();
    }

    public String getDirection() {
        return getCurrent().getDirection();
    }

    /** The writing direction of content in another language, e.g. Chinese course text on an Arabic page. */
    public String directionOf(String tag) {
        return SupportedLanguage.fromTag(tag).map(SupportedLanguage::getDirection).orElse("ltr");
    }

    /** A language named in the page's language, e.g. "chinois" on a French page. */
    public String nameOf(String tag) {
        return LanguageNames.name(tag, getLocale());
    }

    /** Languages named in the page's language and listed as it lists them, e.g. "chinois, anglais, russe". */
    public String namesOf(List<String> tags) {
        return LanguageNames.list(tags, getLocale());
    }

    public List<SupportedLanguage> getChoices() {
        return List.of(SupportedLanguage.values());
    }

    /** The switcher's form posts here. */
    public String getSwitchAction() {
        return request.getContextPath() + LanguageSwitch.PATH;
    }

    /** This page's address on the site (path and query), where the switcher comes back to. */
    public String getReturnPath() {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? uri : uri + "?" + request.getQueryString();
    }
}
