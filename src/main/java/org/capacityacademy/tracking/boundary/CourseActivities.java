package org.capacityacademy.tracking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.tracking.boundary.LearningEvent.Activity;
import org.capacityacademy.tracking.boundary.LearningEvent.ActivityType;
import org.capacityacademy.tracking.boundary.LearningEvent.Result;
import org.capacityacademy.tracking.boundary.LearningEvent.Verb;

import java.time.Instant;
import java.util.Optional;

/** Courses and lessons as xAPI activities named in every language of the course, for the events learning fires. */
@ApplicationScoped
public class CourseActivities {

    @Inject
    Catalog catalog;

    public Optional<Activity> course(long courseId) {
        return catalog.courseNames(courseId).map(course -> new Activity(ActivityType.COURSE,
                Activity.coursePath(course.code()), course.titles(), null));
    }

    public Optional<LearningEvent> courseEvent(long accountId, Verb verb, long courseId, Result result, Instant at) {
        return course(courseId).map(course -> new LearningEvent(accountId, verb, course, null, result, at));
    }

    public Optional<LearningEvent> lessonEvent(long accountId, Verb verb, long courseId, long lessonId, Result result,
                                               Instant at) {
        return catalog.courseNames(courseId).flatMap(course -> catalog.lessonNames(courseId, lessonId).map(lesson ->
                new LearningEvent(accountId, verb, new Activity(ActivityType.LESSON,
                        Activity.lessonPath(course.code(), lesson.code()), lesson.titles(), null),
                        new Activity(ActivityType.COURSE, Activity.coursePath(course.code()), course.titles(), null),
                        result, at)));
    }
}
