package org.capacityacademy.catalog.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.catalog.boundary.CatalogViews.LessonView;
import org.capacityacademy.platform.boundary.Language;

import java.io.IOException;

/**
 * Backs {@code catalog/lesson.xhtml}: one lesson, the paragraphs it quotes, and its explanation.
 * Request scoped, not view scoped: a view-scoped bean lives in the HTTP session, so every
 * anonymous reader would open one (memory, and a cookie on a page that needs none); the course
 * and lesson codes are view parameters, kept in the view state of the one form signed-in
 * readers post (mark complete), which also carries them as plain fields: the form's rendering
 * condition needs the lesson before the view parameters reach this bean on a postback.
 */
@Named
@RequestScoped
public class ReadLesson {

    @Inject
    Catalog catalog;

    @Inject
    Language language;

    @Inject
    ContentLanguages reader;

    private String course;
    private String lesson;
    private LessonView view;
    private CatalogViews.CourseCard card;

    /** The codes a postback carries (see above); a GET's view parameters set the same values again. */
    @PostConstruct
    void codesOfThisRequest() {
        course = RequestCodes.of("course");
        lesson = RequestCodes.of("lesson");
    }

    /** View action: an unknown lesson is a 404. */
    public void load() throws IOException {
        view = catalog.lesson(course, lesson, reader).orElse(null);
        if (view == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** Whether the lesson is shown in another language than the page's (the course is not offered in it, or the reader chose another). */
    public boolean isElsewhere() {
        return getLesson() != null && !view.language().equals(reader.page());
    }

    /** The lesson's course as the reader gets it, for the language notice and chooser; read only when {@link #isElsewhere()}. */
    public CatalogViews.CourseCard getCourseCard() {
        if (card == null && getLesson() != null) {
            card = catalog.course(course, reader).map(CatalogViews.CourseOutline::card).orElse(null);
        }
        return card;
    }

    public LessonView getLesson() {
        if (view == null && course != null && lesson != null) {
            view = catalog.lesson(course, lesson, reader).orElse(null);
        }
        return view;
    }

    /**
     * What the lesson's text depends on, to render it once for every reader of this published
     * version in this page language ({@code a:cachedMarkup}).
     */
    public String getMarkupKey() {
        LessonView shown = getLesson();
        return shown == null || shown.revision() == null ? null
                : String.join("/", "lesson", shown.revision(), shown.code(), shown.language(), language.getTag());
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getLessonCode() {
        return lesson;
    }

    public void setLessonCode(String lesson) {
        this.lesson = lesson;
    }
}
