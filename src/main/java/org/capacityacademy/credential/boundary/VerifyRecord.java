package org.capacityacademy.credential.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.country.boundary.Countries;
import org.capacityacademy.credential.control.VerificationCode;
import org.capacityacademy.credential.entity.CompletionRecord;
import org.capacityacademy.platform.boundary.Language;

import java.util.List;
import java.util.Map;

/** Backs {@code credential/verify.xhtml}: the verdict {@link VerifyServlet} reached, in the visitor's language. */
@Named
@RequestScoped
public class VerifyRecord {

    @Inject
    Countries countries;

    @Inject
    Language language;

    @Inject
    CourseTitles titles;

    private Map<String, Object> attributes() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
    }

    public Verdict getVerdict() {
        return (Verdict) attributes().get(VerifyServlet.VERDICT);
    }

    public CompletionRecord getRecord() {
        Verdict verdict = getVerdict();
        return verdict == null ? null : verdict.record();
    }

    /** The code as the visitor gave it (to show it back and let them correct it). */
    public String getTyped() {
        Object typed = attributes().get(VerifyServlet.TYPED);
        return typed == null ? "" : VerificationCode.normalise(typed.toString()).map(VerificationCode::display)
                .orElse(typed.toString().length() > 40 ? "" : typed.toString());
    }

    public boolean isPresented() {
        return Boolean.TRUE.equals(attributes().get(VerifyServlet.PRESENTED));
    }

    public boolean isUploaded() {
        return Boolean.TRUE.equals(attributes().get(VerifyServlet.UPLOADED));
    }

    public int getMaxCredential() {
        return VerifyServlet.MAX_CREDENTIAL;
    }

    public String code(CompletionRecord record) {
        return VerificationCode.display(record.getCode());
    }

    /** The course's title in the visitor's language when the course has it, else as the record keeps it. */
    public CourseTitles.CourseTitle title(CompletionRecord record) {
        return titles.of(record, language.getTag());
    }

    public String country(CompletionRecord record) {
        return countries.find(record.getCountryCode()).map(c -> c.nameIn(language.getLocale())).orElse(record.getCountryCode());
    }

    /** The message keys of the development groups the country belonged to on the day of issue. */
    public List<String> groups(CompletionRecord record) {
        return record.developmentGroups().stream().map(group -> "group." + group).toList();
    }
}
