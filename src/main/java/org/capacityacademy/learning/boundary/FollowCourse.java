package org.capacityacademy.learning.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.capacityacademy.learning.control.ProgressChanges;

import java.io.Serializable;
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

    @Inject
    HttpServletRequest request;

    private Progress progress;
    private long progressOf;

    /**
     * The learner's progress in the course, kept with the session and read again only when their
     * enrolment changed on this node or the copy is older than {@link ProgressChanges#KEPT_MILLIS}
     * (every signed-in course and lesson page asked the database for it before).
     */
    public Progress progress(long courseId) {
        if (progress == null || progressOf != courseId) {
            progress = currentUser.isSignedIn() ? kept(courseId) : Progress.NONE;
            progressOf = courseId;
        }
        return progress;
    }

    private Progress kept(long courseId) {
        String person = currentUser.getRealPerson();
        HttpSession session = request.getSession(false);
        if (session == null || person.isEmpty()) {
            return learning.progress(currentUser.getEmail(), courseId);
        }
        long account = Long.parseLong(person);
        long changes = ProgressChanges.of(account);
        long now = System.currentTimeMillis();
        String attribute = KEPT_PROGRESS + courseId;
        if (session.getAttribute(attribute) instanceof KeptProgress kept && kept.stillGood(account, changes, now)) {
            return kept.progress();
        }
        Progress read = learning.progress(currentUser.getEmail(), courseId);
        session.setAttribute(attribute, new KeptProgress(account, changes, now, read));
        return read;
    }

    /** A learner's progress as a session keeps it: whose, at which count of their changes, when. */
    record KeptProgress(long account, long changes, long atMillis, Progress progress) implements Serializable {

        boolean stillGood(long account, long changes, long nowMillis) {
            long age = nowMillis - atMillis;
            return this.account == account && this.changes == changes && age >= 0 && age < ProgressChanges.KEPT_MILLIS;
        }
    }

    /** The lesson a session last recorded a visit of, and when. */
    record VisitMark(long account, long lessonId, long atMillis) implements Serializable {
    }

    private static final String KEPT_PROGRESS = "academy.progress.";
    private static final String LAST_VISIT = "academy.lastVisit";
    /** A reload of the lesson just recorded is not recorded again before this (it is not a new visit, nor much newer activity). */
    static final long VISIT_AGAIN_MILLIS = 120_000;

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

    /**
     * View action of the lesson page: the place to resume. Reloading the lesson last recorded within
     * {@link #VISIT_AGAIN_MILLIS} writes nothing (it would be no new visit, and a write and a
     * commit on every reload).
     */
    public void visit(LessonView lesson) {
        if (lesson == null || !currentUser.isSignedIn() || request.getAttribute(VISITED) != null) {
            return;
        }
        HttpSession session = request.getSession(false);
        String person = currentUser.getRealPerson();
        long now = System.currentTimeMillis();
        if (session != null && !person.isEmpty() && session.getAttribute(LAST_VISIT) instanceof VisitMark last
                && last.account() == Long.parseLong(person) && last.lessonId() == lesson.id()
                && now - last.atMillis() >= 0 && now - last.atMillis() < VISIT_AGAIN_MILLIS) {
            return;
        }
        learning.visit(currentUser.getEmail(), lesson.courseId(), lesson.id());
        request.setAttribute(VISITED, Boolean.TRUE);
        if (session != null && !person.isEmpty()) {
            session.setAttribute(LAST_VISIT, new VisitMark(Long.parseLong(person), lesson.id(), now));
        }
    }

    private static final String VISITED = "academy.lessonVisited";

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
