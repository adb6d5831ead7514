package org.capacityacademy.learning.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseOutline;
import org.capacityacademy.catalog.boundary.CatalogViews.LessonLink;
import org.capacityacademy.catalog.boundary.CatalogViews.LessonView;
import org.capacityacademy.catalog.boundary.CatalogViews.ModuleOutline;
import org.capacityacademy.learning.boundary.Learning.Progress;
import org.capacityacademy.platform.boundary.FacesMessages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The learner's side of the course and lesson pages: enrol, unenrol, progress, continue,
 * mark a lesson complete. Visitors who are not signed in see none of it. Request scoped, like
 * the pages' own beans ({@link org.capacityacademy.catalog.boundary.ReadLesson}).
 */
@Named
@RequestScoped
public class FollowCourse {

    @Inject
    Learning learning;

    @Inject
    CurrentUser currentUser;

    private Progress progress;
    private long progressOf;

    public Progress progress(long courseId) {
        if (progress == null || progressOf != courseId) {
            progress = currentUser.isSignedIn() ? learning.progress(currentUser.getEmail(), courseId) : Progress.NONE;
            progressOf = courseId;
        }
        return progress;
    }

    public int percent(CourseOutline course) {
        return progress(course.card().id()).percentOf(lessons(course));
    }

    /** The share of a module's lessons completed, as a whole percentage. */
    public int modulePercent(CourseOutline course, ModuleOutline module) {
        return progress(course.card().id()).percentOf(module.lessons());
    }

    public LessonLink continueWith(CourseOutline course) {
        return progress(course.card().id()).continueWith(lessons(course)).orElse(null);
    }

    public String enrol(CourseOutline course) {
        if (!learning.enrol(currentUser.getEmail(), course.card().id())) {
            FacesMessages.error(null, "learning.enrolByAdministrator");
            return null;
        }
        return coursePage(course);
    }

    public String unenrol(CourseOutline course) {
        learning.unenrol(currentUser.getEmail(), course.card().id());
        return coursePage(course);
    }

    /** View action of the lesson page: the place to resume. */
    public void visit(LessonView lesson) {
        if (lesson != null && currentUser.isSignedIn()) {
            learning.visit(currentUser.getEmail(), lesson.courseId(), lesson.id());
        }
    }

    public String complete(LessonView lesson) {
        learning.complete(currentUser.getEmail(), lesson.courseId(), lesson.id());
        return "/catalog/lesson.xhtml?faces-redirect=true&course=" + encode(lesson.courseCode())
                + "&lesson=" + encode(lesson.code());
    }

    private static List<LessonLink> lessons(CourseOutline course) {
        return course.modules().stream().flatMap(m -> m.lessons().stream()).toList();
    }

    private static String coursePage(CourseOutline course) {
        return "/catalog/course.xhtml?faces-redirect=true&code=" + encode(course.card().code());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
