package org.capacityacademy.credential.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.credential.entity.CompletionRecord;

import java.util.Comparator;
import java.util.List;

/**
 * Backs the notice on a final assessment's review page that the course is complete: the signed-in
 * learner's record of that course, to link to it, its certificate and its credential. The record
 * is issued in the transaction that submits the passing attempt, so it is there when the review
 * opens.
 */
@Named
@RequestScoped
public class CompletionNotice {

    @Inject
    Records records;

    @Inject
    CurrentUser currentUser;

    private String courseCode;
    private List<CompletionRecord> ofCourse;

    /** The learner's newest record of the course that is not revoked, or null. */
    public CompletionRecord of(String course) {
        return held(course).stream().filter(r -> !r.isRevoked())
                .max(Comparator.comparing(CompletionRecord::getIssuedAt)).orElse(null);
    }

    /** Whether the learner ever completed the course (a record was issued, even if since revoked). */
    public boolean completed(String course) {
        return !held(course).isEmpty();
    }

    private List<CompletionRecord> held(String course) {
        if (!course.equals(courseCode)) {
            courseCode = course;
            ofCourse = records.ofLearner(currentUser.getEmail()).stream().filter(r -> r.getCourseCode().equals(course)).toList();
        }
        return ofCourse;
    }
}
