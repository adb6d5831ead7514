package org.capacityacademy.authoring.lessons.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.authoring.drafts.boundary.AuthoringException;
import org.capacityacademy.authoring.drafts.boundary.NotAnAuthor;
import org.capacityacademy.catalog.boundary.CatalogViews.LessonView;
import org.capacityacademy.courseformat.ContentException;
import org.capacityacademy.courseformat.ContentProblem;
import org.capacityacademy.platform.boundary.Language;

import java.io.IOException;
import java.util.List;

/**
 * Backs {@code author/preview-lesson.xhtml}: a lesson of a course's draft as a learner will see it
 * once published, in the page's language or the one asked for, through the lesson page's own
 * composition.
 */
@Named
@RequestScoped
public class PreviewLesson {

    @Inject
    DraftLessons lessons;

    @Inject
    Language language;

    @Inject
    CurrentUser currentUser;

    private String course;
    private String path;
    private String shownLanguage;
    private LessonView lesson;
    private List<String> languages = List.of();
    private List<ContentProblem> problems = List.of();

    /** View action: not an author is a 403, no such lesson a 404. */
    public void load() throws IOException {
        try {
            DraftLessons.LessonPreview preview = lessons.preview(currentUser.getEmail(), course, path,
                    shownLanguage == null ? language.getTag() : shownLanguage).orElse(null);
            if (preview == null) {
                sendError(404);
                return;
            }
            lesson = preview.lesson();
            languages = preview.languages();
        } catch (NotAnAuthor e) {
            sendError(403);
        } catch (AuthoringException e) {
            sendError(404);   // no such course
        } catch (ContentException e) {
            problems = e.getProblems();
        }
    }

    private static void sendError(int status) throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(status, null);
        FacesContext.getCurrentInstance().responseComplete();
    }

    public String languageName(String tag) {
        return DraftLessons.nameOf(tag);
    }

    public LessonView getLesson() { return lesson; }
    public List<String> getLanguages() { return languages; }
    public List<ContentProblem> getProblems() { return problems; }
    public String getCourse() { return course; }
    public void setCourse(String course) { this.course = course; }
    public String getPath() { return path; }
    public void setPath(String path) { this.path = path; }
    public String getShownLanguage() { return shownLanguage; }
    public void setShownLanguage(String shownLanguage) { this.shownLanguage = shownLanguage; }
}
