package org.capacityacademy.learning.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.ReaderLanguages;
import org.capacityacademy.catalog.boundary.CatalogViews.CompletionRule;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseOutline;
import org.capacityacademy.catalog.boundary.CatalogViews.LessonLink;
import org.capacityacademy.learning.entity.Enrolment;
import org.capacityacademy.tracking.boundary.CourseActivities;
import org.capacityacademy.tracking.boundary.LearningEvent;
import org.capacityacademy.tracking.boundary.LearningEvent.Result;
import org.capacityacademy.tracking.boundary.LearningEvent.Verb;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import org.capacityacademy.platform.control.Instants;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Enrolment and lesson progress of the person signed in, kept in the database as it happens. */
@Stateless
public class Learning {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Catalog catalog;

    @Inject
    CourseActivities activities;

    @Inject
    Event<LearningEvent> events;

    @Inject
    Event<CourseCompleted> courseCompleted;

    Clock clock = Clock.systemUTC();

    /** Where a person stands in a course. */
    public record Progress(boolean enrolled, Set<Long> completed, Long lastLessonId) implements Serializable {

        public static final Progress NONE = new Progress(false, Set.of(), null);

        public boolean isCompleted(long lessonId) {
            return completed.contains(lessonId);
        }

        /** Completed lessons among the given ones, as a whole percentage. */
        public int percentOf(List<LessonLink> lessons) {
            if (lessons.isEmpty()) {
                return 0;
            }
            long done = lessons.stream().filter(l -> completed.contains(l.id())).count();
            return (int) (100 * done / lessons.size());
        }

        /** The lesson to continue with: the last one opened unless done, else the first not done after it. */
        public Optional<LessonLink> continueWith(List<LessonLink> lessons) {
            int start = 0;
            for (int i = 0; i < lessons.size(); i++) {
                if (lessons.get(i).id() == (lastLessonId == null ? -1 : lastLessonId)) {
                    start = i;
                }
            }
            for (int i = start; i < lessons.size(); i++) {
                if (!completed.contains(lessons.get(i).id())) {
                    return Optional.of(lessons.get(i));
                }
            }
            return lessons.stream().filter(l -> !completed.contains(l.id())).findFirst()
                    .or(() -> lessons.isEmpty() ? Optional.empty() : Optional.of(lessons.get(lessons.size() - 1)));
        }
    }

    /** A course on the "My learning" page. */
    public record MyCourse(CourseOutline course, int percent, int completed, int lessons, Instant lastActivity,
                           LessonLink next) implements Serializable {
    }

    /**
     * Whether the learner is enrolled, holding their enrolment row until the caller's
     * transaction ends: what the caller does for this learner and course (e.g. starting a quiz
     * attempt) then happens once even when two requests ask at the same moment.
     */
    public boolean holdEnrolment(String email, long courseId) {
        return find(email, courseId).filter(Enrolment::isActive)
                .map(e -> {
                    em.lock(e, LockModeType.PESSIMISTIC_WRITE);
                    return e.isActive();
                }).orElse(false);
    }

    public Progress progress(String email, long courseId) {
        return find(email, courseId).filter(Enrolment::isActive)
                .map(e -> new Progress(true, Set.copyOf(e.getCompletedLessons()), e.getLastLessonId()))
                .orElse(Progress.NONE);
    }

    /**
     * Self-enrolment, where the course allows it (false when it does not); enrolling again
     * after leaving picks up the earlier progress.
     */
    public boolean enrol(String email, long courseId) {
        if (!catalog.allowsSelfEnrolment(courseId)) {
            return false;
        }
        enrol(accounts.getIdOf(email), courseId, null);
        return true;
    }

    /**
     * Enrolment by an administrator, in any course (the administration pages call it); the
     * enrolment records who enrolled the learner.
     */
    public void enrolByAdministrator(String administratorEmail, long accountId, long courseId) {
        if (!catalog.exists(courseId)) {
            throw new IllegalArgumentException("no course " + courseId);
        }
        enrol(accountId, courseId, accounts.getIdOf(administratorEmail));
    }

    private void enrol(long accountId, long courseId, Long administrator) {
        Optional<Enrolment> enrolment = em.createNamedQuery(Enrolment.FIND, Enrolment.class)
                .setParameter("account", accountId).setParameter("course", courseId).getResultStream().findFirst();
        if (enrolment.isPresent()) {
            if (!enrolment.get().isActive()) {
                track(enrolment.get(), Verb.REGISTERED, null, null);
            }
            enrolment.get().reenrol(clock.instant());
        } else {
            Enrolment created = administrator == null ? new Enrolment(accountId, courseId, clock.instant())
                    : new Enrolment(accountId, courseId, clock.instant(), administrator);
            em.persist(created);
            track(created, Verb.REGISTERED, null, null);
        }
    }

    /** Leaves the course; the progress is kept and comes back on enrolling again. */
    public void unenrol(String email, long courseId) {
        find(email, courseId).ifPresent(e -> e.unenrol(clock.instant()));
    }

    /**
     * Remembers the lesson as the place to resume; only for enrolled learners. The enrolment is
     * held (read with a write lock) like when completing a lesson: one learner opening two lessons
     * at the same moment (two tabs, a prefetch) then records both, one after the other, instead of
     * the second failing on the enrolment's version; and whether a visit starts a study session is
     * decided once.
     */
    public void visit(String email, long courseId, long lessonId) {
        accounts.idOf(email).flatMap(account -> held(account, courseId)).filter(Enrolment::isActive).ifPresent(e -> {
            if (e.isNewSession(clock.instant())) {
                track(e, Verb.LAUNCHED, null, null);
            }
            if (e.isNewVisit(lessonId, clock.instant())) {
                track(e, Verb.LAUNCHED, lessonId, null);
            }
            e.visited(lessonId, clock.instant());
        });
    }

    /** Records a lesson of the course as completed; false when not enrolled or the lesson is not the course's. */
    public boolean complete(String email, long courseId, long lessonId) {
        return complete(email, courseId, lessonId, null);
    }

    /**
     * Records a lesson as completed at {@code at}: when a device completed it offline (its time, taken
     * as no earlier than the enrolment and no later than now), or now when null.
     */
    public boolean complete(String email, long courseId, long lessonId, Instant at) {
        Set<Long> lessons = catalog.lessonIds(courseId);
        Optional<Enrolment> enrolment = accounts.idOf(email).flatMap(account -> held(account, courseId))
                .filter(Enrolment::isActive)
                .filter(e -> lessons.contains(lessonId));
        Instant now = clock.instant();
        enrolment.ifPresent(e -> {
            Instant when = at == null ? now : Instants.within(at, e.getEnrolledAt(), now);
            if (!e.getCompletedLessons().contains(lessonId)) {
                track(e, Verb.COMPLETED, lessonId, Result.completed(), when);
            }
            e.completed(lessonId, when);
            completeCourseIfDone(e);
        });
        return enrolment.isPresent();
    }

    public List<MyCourse> myLearning(String email, String language) {
        return myLearning(email, ReaderLanguages.of(language));
    }

    /** Every course the person follows, each in the language they get it in. */
    public List<MyCourse> myLearning(String email, ReaderLanguages reader) {
        long account = accounts.getIdOf(email);
        List<MyCourse> courses = new ArrayList<>();
        for (Enrolment enrolment : em.createNamedQuery(Enrolment.FIND_ACTIVE_OF, Enrolment.class)
                .setParameter("account", account).getResultList()) {
            catalog.course(enrolment.getCourseId(), reader).ifPresent(course -> {
                List<LessonLink> lessons = course.modules().stream().flatMap(m -> m.lessons().stream()).toList();
                Progress progress = new Progress(true, enrolment.getCompletedLessons(), enrolment.getLastLessonId());
                int done = (int) lessons.stream().filter(l -> progress.isCompleted(l.id())).count();
                courses.add(new MyCourse(course, progress.percentOf(lessons), done, lessons.size(),
                        enrolment.getLastActivityAt(), progress.continueWith(lessons).orElse(null)));
            });
        }
        return courses;
    }

    /** Tells tracking what the learner did; the xAPI statement is kept in this transaction. */
    private void track(Enrolment enrolment, Verb verb, Long lessonId, Result result) {
        track(enrolment, verb, lessonId, result, clock.instant());
    }

    private void track(Enrolment enrolment, Verb verb, Long lessonId, Result result, Instant now) {
        (lessonId == null ? activities.courseEvent(enrolment.getAccountId(), verb, enrolment.getCourseId(), result, now)
                : activities.lessonEvent(enrolment.getAccountId(), verb, enrolment.getCourseId(), lessonId, result, now))
                .ifPresent(events::fire);
    }

    private Optional<Enrolment> find(String email, long courseId) {
        return accounts.idOf(email).flatMap(account -> em.createNamedQuery(Enrolment.FIND, Enrolment.class)
                .setParameter("account", account).setParameter("course", courseId)
                .getResultStream().findFirst());
    }

    /**
     * Enrolment by a link a teacher placed in another learning platform (an LTI launch or the
     * platform's list of members): in the linked course whether or not it allows self-enrolment,
     * as the platform's teacher chose it; an active enrolment stays as it is.
     */
    public void enrolThroughLink(long accountId, long courseId) {
        if (!catalog.exists(courseId)) {
            throw new IllegalArgumentException("no course " + courseId);
        }
        boolean active = em.createNamedQuery(Enrolment.FIND, Enrolment.class).setParameter("account", accountId)
                .setParameter("course", courseId).getResultStream().findFirst().filter(Enrolment::isActive).isPresent();
        if (!active) {
            enrol(accountId, courseId, null);
        }
    }

    /** The enrolment, read with a write lock held until the transaction ends. */
    private Optional<Enrolment> held(long accountId, long courseId) {
        return em.createNamedQuery(Enrolment.FIND, Enrolment.class).setParameter("account", accountId)
                .setParameter("course", courseId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** Called by the assessment when a learner passes a course's final assessment. */
    public void finalAssessmentPassed(long accountId, long courseId) {
        held(accountId, courseId).ifPresent(enrolment -> {
            enrolment.passedFinalAssessment(clock.instant());
            completeCourseIfDone(enrolment);
        });
    }

    /**
     * Completes the course once its rule is met. Callers hold the enrolment row (read with a
     * write lock), so that a lesson completed and the final assessment passed at the same
     * moment, or the same lesson twice, complete the course exactly once, and never not at all.
     */
    private void completeCourseIfDone(Enrolment enrolment) {
        Optional<CompletionRule> rule = catalog.completionRule(enrolment.getCourseId());
        if (rule.isEmpty() || (rule.get().requiredLessons().isEmpty() && !rule.get().finalAssessment())) {
            return;
        }
        if (enrolment.completeIfDone(rule.get().requiredLessons(), rule.get().finalAssessment(), clock.instant())) {
            courseCompleted.fire(new CourseCompleted(enrolment.getAccountId(), enrolment.getCourseId(),
                    enrolment.getCompletedAt()));
            track(enrolment, Verb.COMPLETED, null, Result.completed());
        }
    }
}
