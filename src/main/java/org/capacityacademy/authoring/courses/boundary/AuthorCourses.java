package org.capacityacademy.authoring.courses.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.authoring.drafts.boundary.DraftEditing;
import org.capacityacademy.platform.boundary.Language;
import org.capacityacademy.platform.control.SupportedLanguage;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code author/courses.xhtml}: the courses the person may edit, with their state, and
 * the form that creates a new course teaching the report of a published one.
 */
@Named
@ViewScoped
public class AuthorCourses implements Serializable {

    @Inject
    AuthoredCourses authored;

    @Inject
    DraftEditing editing;

    @Inject
    Language language;

    private List<AuthoredCourse> courses;
    private List<ReportSource> sources;
    private String code;
    private List<String> languages = new ArrayList<>();
    private String defaultLanguage;
    private final Map<String, String> title = new LinkedHashMap<>();
    private String report;

    public List<AuthoredCourse> getCourses() {
        if (courses == null) {
            courses = authored.editable(editing.email(), language.getTag());
        }
        return courses;
    }

    public List<ReportSource> getSources() {
        if (sources == null) {
            sources = authored.reportSources(editing.email(), language.getTag());
        }
        return sources;
    }

    /** Creates the course and opens its editor; on a refusal the form stays as typed, with the reason. */
    public String create() {
        List<String> ordered = Arrays.stream(SupportedLanguage.values()).map(SupportedLanguage::getTag)
                .filter(languages::contains).toList();
        String chosenDefault = defaultLanguage == null || defaultLanguage.isBlank()
                ? (ordered.isEmpty() ? "" : ordered.get(0)) : defaultLanguage;
        try {
            authored.create(editing.email(), code == null ? "" : code.strip(), ordered, chosenDefault, title, report);
            return "/author/course.xhtml?faces-redirect=true&created=true&course=" + code.strip();
        } catch (RuntimeException e) {
            if (!editing.told(e)) {
                throw e;
            }
            return null;
        }
    }

    public List<SupportedLanguage> getLanguageChoices() {
        return List.of(SupportedLanguage.values());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
    }

    public String getDefaultLanguage() {
        return defaultLanguage;
    }

    public void setDefaultLanguage(String defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    public Map<String, String> getTitle() {
        return title;
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report;
    }
}
