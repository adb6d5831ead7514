package org.capacityacademy.catalog.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.CacheStoreMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.capacityacademy.catalog.boundary.CatalogViews.CompletionRule;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseCard;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseFacts;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseOutline;
import org.capacityacademy.catalog.boundary.CatalogViews.GlossaryView;
import org.capacityacademy.catalog.boundary.CatalogViews.LessonView;
import org.capacityacademy.catalog.boundary.CatalogViews.PartNames;
import org.capacityacademy.catalog.boundary.CatalogViews.QuizOutline;
import org.capacityacademy.catalog.boundary.PublishedCourses.Stamp;
import org.capacityacademy.catalog.control.CourseChanges;
import org.capacityacademy.catalog.control.CourseLanguages;
import org.capacityacademy.courseformat.Glossary;
import org.capacityacademy.catalog.entity.Course;
import org.capacityacademy.catalog.entity.CourseModule;
import org.capacityacademy.catalog.entity.Lesson;
import org.capacityacademy.catalog.entity.ReportSection;
import org.capacityacademy.platform.control.ReadOnly;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The public catalogue: courses, their syllabus, lessons with the report paragraphs they quote,
 * and glossaries, each in the language the reader gets ({@link CourseLanguages}: the page's when
 * the course offers it, else the one they chose for the course, else English, else the course's
 * default). The methods that take a plain language serve a reader who chose nothing.
 * A lesson's explanation passes the authored-HTML policy again as it is read, whatever wrote it.
 * Each course is read once per version and shared ({@link PublishedCourses}); a request asks
 * the database only for the course's current version.
 *
 * <p>A CDI bean rather than an enterprise bean: it only reads, and the pages' request-scoped
 * beans that use it would otherwise each get a new enterprise-bean reference (a naming lookup)
 * and the container's interceptors on every call, a measurable part of a lesson page.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Catalog {

    /**
     * Reads past EclipseLink's shared cache, which on another instance of a cluster may lag
     * behind the database: what is read becomes a {@link PublishedCourse} tagged with the
     * version read.
     */
    private static final Map<String, Object> FROM_THE_DATABASE = Map.of(
            "jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS,
            "jakarta.persistence.cache.storeMode", CacheStoreMode.REFRESH);

    /** How long a course's version read from the database is taken as its version now (a change on another node). */
    private static final long FRESH_NANOS = 1_000_000_000L;
    private static final int KEPT_STAMPS = 10_000;

    private final Map<String, Kept> byCode = new ConcurrentHashMap<>();
    private final Map<Long, Kept> byId = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    @Inject
    QuestionStore banks;

    @Inject
    PublishedCourses published;

    public List<CourseCard> courses(String language) {
        return courses(ReaderLanguages.of(language));
    }

    public List<CourseCard> courses(ReaderLanguages reader) {
        return em.createQuery("SELECT c.id, c.code, c.version FROM Course c ORDER BY c.code", Object[].class)
                .getResultStream().map(row -> published(new Stamp((Long) row[0], (String) row[1], (Long) row[2])))
                .map(course -> course.card(reader)).toList();
    }

    /** The published course's code and version now ({@code gge-2013@12}): what a copy of its pages depends on. */
    public Optional<String> revisionOf(String code) {
        if (code == null || code.length() > 80) {
            return Optional.empty();
        }
        return stampOf(code).map(stamp -> code + "@" + stamp.version());
    }

    /** Every published course's code and version now, in the catalogue's order: what a copy of the catalogue depends on. */
    public String catalogueRevision() {
        return em.createQuery("SELECT c.code, c.version FROM Course c ORDER BY c.code", Object[].class)
                .getResultStream().map(row -> row[0] + "@" + row[1]).collect(java.util.stream.Collectors.joining(","));
    }

    public Optional<CourseOutline> course(String code, String language) {
        return course(code, ReaderLanguages.of(language));
    }

    public Optional<CourseOutline> course(String code, ReaderLanguages reader) {
        return find(code).map(course -> course.outline(reader));
    }

    public Optional<CourseOutline> course(long id, String language) {
        return course(id, ReaderLanguages.of(language));
    }

    public Optional<CourseOutline> course(long id, ReaderLanguages reader) {
        return find(id).map(course -> course.outline(reader));
    }

    public Optional<LessonView> lesson(String courseCode, String lessonCode, String language) {
        return lesson(courseCode, lessonCode, ReaderLanguages.of(language));
    }

    public Optional<LessonView> lesson(String courseCode, String lessonCode, ReaderLanguages reader) {
        return find(courseCode).flatMap(course -> course.lesson(lessonCode, reader));
    }

    /** A course's glossary in the language the reader gets; empty when there is no such course. */
    public Optional<GlossaryView> glossary(String courseCode, ReaderLanguages reader) {
        return find(courseCode).map(course -> course.glossary(reader));
    }

    /** The lessons in use in a course; empty when there is no such course. */
    public Set<Long> lessonIds(long courseId) {
        return find(courseId).map(PublishedCourse::lessonIds).orElse(Set.of());
    }

    public Optional<CourseFacts> courseFacts(long courseId) {
        return find(courseId).map(PublishedCourse::facts);
    }

    /** What completes a course: the lessons that must be completed, and whether the final assessment must be passed. */
    public Optional<CompletionRule> completionRule(long courseId) {
        return find(courseId).map(PublishedCourse::completionRule);
    }

    /** The code of the lesson quoting each report section of a course, by the section's code. */
    public Map<String, String> lessonOfSection(long courseId) {
        return find(courseId).map(PublishedCourse::lessonOfSection).orElseGet(HashMap::new);
    }

    /** Whether learners may enrol themselves in a course; false when there is no such course. */
    public boolean allowsSelfEnrolment(long courseId) {
        return find(courseId).map(PublishedCourse::allowsSelfEnrolment).orElse(false);
    }

    public boolean exists(long courseId) {
        return stamp(courseId).isPresent();
    }

    /** A course's titles in its languages. */
    public Optional<PartNames> courseNames(long courseId) {
        return find(courseId).map(PublishedCourse::names);
    }

    /** A lesson's titles in its course's languages; also of a lesson the course no longer uses. */
    public Optional<PartNames> lessonNames(long courseId, long lessonId) {
        Optional<PublishedCourse> course = find(courseId);
        if (course.isEmpty()) {
            return Optional.empty();
        }
        return course.get().lessonNames(lessonId).or(() -> Optional.ofNullable(em.find(Lesson.class, lessonId, ReadOnly.HINTS))
                .map(lesson -> new PartNames(lesson.getCode(), retiredTitles(course.get().names(), lesson))));
    }

    private static Map<String, String> retiredTitles(PartNames course, Lesson lesson) {
        Map<String, String> titles = new LinkedHashMap<>();
        course.titles().keySet().forEach(language -> {
            if (lesson.textIn(language) != null) {
                titles.put(language, lesson.textIn(language).getTitle());
            }
        });
        return titles;
    }

    /**
     * A module's quiz (named by the module's id) or the course's final assessment (named by its id),
     * with its rules and the modules whose banks it draws from.
     */
    public Optional<QuizOutline> quiz(String courseCode, String quizCode, String language) {
        return quiz(courseCode, quizCode, ReaderLanguages.of(language));
    }

    public Optional<QuizOutline> quiz(String courseCode, String quizCode, ReaderLanguages reader) {
        return find(courseCode).flatMap(course -> course.quiz(quizCode, reader, false));
    }

    /**
     * The quiz an attempt was started on, also when its module has since left the course: an
     * attempt opened before a publish finishes (is answered, submitted, reviewed) on it.
     */
    public Optional<QuizOutline> quizAsStarted(long courseId, String quizCode, String language) {
        return quizAsStarted(courseId, quizCode, ReaderLanguages.of(language));
    }

    public Optional<QuizOutline> quizAsStarted(long courseId, String quizCode, ReaderLanguages reader) {
        return find(courseId).flatMap(course -> course.quiz(quizCode, reader, true));
    }

    /** The code of a course by its id, for links. */
    public String courseCode(long courseId) {
        return stamp(courseId).map(Stamp::code).orElse("");
    }

    private Optional<PublishedCourse> find(String code) {
        if (code == null || code.length() > 80) {
            return Optional.empty();
        }
        return stampOf(code).map(this::published);
    }

    /**
     * A course's id, code and version now, by its code; asked of the database at most once a second
     * per course, and at once after a course changed on this node ({@link CourseChanges}): every
     * page of the catalogue and every quiz request needs it, and it was a sixth of a lesson page's cost.
     */
    private Optional<Stamp> stampOf(String code) {
        return kept(byCode, code, () -> em.createQuery("SELECT c.id, c.code, c.version FROM Course c WHERE c.code = :code",
                        Object[].class).setParameter("code", code).getResultStream().findFirst()
                .map(row -> new Stamp((Long) row[0], (String) row[1], (Long) row[2])));
    }

    private static <K> Optional<Stamp> kept(Map<K, Kept> stamps, K key, Supplier<Optional<Stamp>> read) {
        long changes = CourseChanges.count();
        long now = System.nanoTime();
        Kept kept = stamps.get(key);
        if (kept != null && kept.changes() == changes && now - kept.readAt() < FRESH_NANOS) {
            return kept.stamp();
        }
        Optional<Stamp> stamp = read.get();
        if (stamps.size() >= KEPT_STAMPS) {
            stamps.clear();   // addresses naming courses that do not exist stay few
        }
        stamps.put(key, new Kept(stamp, changes, now));
        return stamp;
    }

    /** A course's stamp as read, with the count of changes before it was read and when. */
    private record Kept(Optional<Stamp> stamp, long changes, long readAt) {
    }

    private Optional<PublishedCourse> find(long id) {
        return stamp(id).map(this::published);
    }

    private Optional<Stamp> stamp(long id) {
        return kept(byId, id, () -> em.createQuery("SELECT c.code, c.version FROM Course c WHERE c.id = :id", Object[].class)
                .setParameter("id", id).getResultStream().findFirst()
                .map(row -> new Stamp(id, (String) row[0], (Long) row[1])));
    }

    private PublishedCourse published(Stamp stamp) {
        return published.of(stamp, this::read);
    }

    /** Reads a course from the database: its modules (retired ones too), lessons in use, report and bank sizes. */
    private PublishedCourse read(Stamp stamp) {
        Course course = em.find(Course.class, stamp.id(), FROM_THE_DATABASE);
        List<CourseModule> modules = fromTheDatabase(em.createNamedQuery(CourseModule.FIND_BY_COURSE, CourseModule.class)
                .setParameter("course", course)).getResultList();
        List<Lesson> lessons = fromTheDatabase(em.createNamedQuery(Lesson.FIND_BY_COURSE, Lesson.class)
                .setParameter("course", course.getId())).getResultStream().filter(l -> !l.isRetired()).toList();
        List<ReportSection> sections = fromTheDatabase(em.createNamedQuery(ReportSection.FIND_BY_COURSE, ReportSection.class)
                .setParameter("course", course.getId())).getResultList();
        return new PublishedCourse(course, course.getVersion(), modules, lessons, sections, banks.countsByModule(course.getId()),
                Glossary.read(publishedFile(course.getCode(), Glossary.PATH)));
    }

    /**
     * One of a course's files as published (every import and publish keeps them in the database,
     * table {@code course_file}; see {@code Drafts}); null when it has none. Read here by its table,
     * not through the authoring component, which depends on the catalogue and not the other way.
     */
    private String publishedFile(String courseCode, String path) {
        Object content = em.createNativeQuery("SELECT content FROM course_file WHERE course_code = ? AND stage = 'PUBLISHED' "
                + "AND path = ?").setParameter(1, courseCode).setParameter(2, path).getResultStream().findFirst().orElse(null);
        try {
            return content instanceof java.sql.Clob clob ? clob.getSubString(1, (int) clob.length())
                    : content == null ? null : content.toString();
        } catch (java.sql.SQLException e) {
            throw new jakarta.persistence.PersistenceException(e);
        }
    }

    private static <T> TypedQuery<T> fromTheDatabase(TypedQuery<T> query) {
        FROM_THE_DATABASE.forEach(query::setHint);
        return query;
    }
}
