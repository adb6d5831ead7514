package org.capacityacademy.tracking.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Something a learner did, fired as a CDI event by the component where it happened, inside
 * its transaction, so that the statement is kept exactly when the change is.
 *
 * @param accountId who did it
 * @param verb      what they did
 * @param activity  what they did it to
 * @param course    the course it belongs to (the context's parent); null when the activity is the course
 * @param result    the outcome, or null when there is none (e.g. launching a lesson)
 * @param timestamp when it happened
 */
public record LearningEvent(long accountId, Verb verb, Activity activity, Activity course, Result result,
                           Instant timestamp) implements Serializable {

    /** The ADL verbs the platform uses. */
    public enum Verb {
        LAUNCHED("http://adlnet.gov/expapi/verbs/launched", "launched"),
        COMPLETED("http://adlnet.gov/expapi/verbs/completed", "completed"),
        ANSWERED("http://adlnet.gov/expapi/verbs/answered", "answered"),
        ATTEMPTED("http://adlnet.gov/expapi/verbs/attempted", "attempted"),
        PASSED("http://adlnet.gov/expapi/verbs/passed", "passed"),
        FAILED("http://adlnet.gov/expapi/verbs/failed", "failed"),
        REGISTERED("http://adlnet.gov/expapi/verbs/registered", "registered");

        private final String iri;
        private final String display;

        Verb(String iri, String display) {
            this.iri = iri;
            this.display = display;
        }

        public String iri() {
            return iri;
        }

        /** The en-US display the ADL registry gives. */
        public String display() {
            return display;
        }
    }

    /** The kinds of activity, with their ADL activity type IRIs. */
    public enum ActivityType {
        COURSE("http://adlnet.gov/expapi/activities/course"),
        LESSON("http://adlnet.gov/expapi/activities/lesson"),
        ASSESSMENT("http://adlnet.gov/expapi/activities/assessment"),
        QUESTION("http://adlnet.gov/expapi/activities/cmi.interaction");

        private final String iri;

        ActivityType(String iri) {
            this.iri = iri;
        }

        public String iri() {
            return iri;
        }
    }

    /**
     * An activity of a course.
     *
     * @param path            its place under the platform's activity root, e.g. {@code course/gge-2013/lesson/norms-1};
     *                        the activity id is {@code <public.url>/xapi/activities/<path>}
     * @param names           its name by language tag (zh, en, ...)
     * @param interactionType for questions, the xAPI interaction type (choice, true-false, matching, fill-in); else null
     */
    public record Activity(ActivityType type, String path, Map<String, String> names, String interactionType)
            implements Serializable {

        public static String coursePath(String courseCode) {
            return "course/" + courseCode;
        }

        public static String lessonPath(String courseCode, String lessonCode) {
            return coursePath(courseCode) + "/lesson/" + lessonCode;
        }

        public static String quizPath(String courseCode, String quizCode) {
            return coursePath(courseCode) + "/quiz/" + quizCode;
        }

        public static String questionPath(String courseCode, String questionCode) {
            return coursePath(courseCode) + "/question/" + questionCode;
        }
    }

    /**
     * The outcome. Any part may be null.
     *
     * @param scaled   score from -1 to 1
     * @param response the learner's response in the xAPI interaction format (e.g. {@code 2[,]3})
     * @param attempt  the quiz attempt this belongs to, sent as the statement's context registration
     */
    public record Result(BigDecimal scaled, BigDecimal raw, BigDecimal min, BigDecimal max, Boolean success,
                         Boolean completion, Duration duration, String response, java.util.UUID attempt)
            implements Serializable {

        public static Result completed() {
            return new Result(null, null, null, null, null, true, null, null, null);
        }
    }
}
