package org.capacityacademy.authoring.drafts.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.administration.boundary.AuditLog;
import org.capacityacademy.authoring.drafts.control.CourseChanges;
import org.capacityacademy.authoring.drafts.control.DraftPaths;
import org.capacityacademy.authoring.drafts.control.TranslationRecords;
import org.capacityacademy.authoring.drafts.entity.CourseFile;
import org.capacityacademy.authoring.drafts.entity.Stage;
import org.capacityacademy.catalog.boundary.CourseImport;
import org.capacityacademy.catalog.boundary.ImportReport;
import org.capacityacademy.courseformat.Glossary;
import org.capacityacademy.catalog.entity.Course;
import org.capacityacademy.courseformat.ContentException;
import org.capacityacademy.courseformat.ContentProblem;
import org.capacityacademy.courseformat.CourseCleaning;
import org.capacityacademy.courseformat.CourseDefinition;
import org.capacityacademy.courseformat.CourseFiles;
import org.capacityacademy.courseformat.CourseReader;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The drafts of courses, edited in the browser. A draft is a copy of the course's published
 * files; authors change its files, each change naming the versions it read, so that two
 * authors never silently overwrite each other. Publishing reads the draft as the folder
 * import reads a folder, and stores it the same way: lessons and questions keep their ids
 * (and learners their progress) while their ids stay; what left is retired, with its history.
 */
@Stateless
public class Drafts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Authorship authorship;

    @Inject
    CourseImport courseImport;

    @Inject
    CourseChanges courseChanges;

    @Inject
    AuditLog auditLog;

    @Inject
    TranslationRecords translations;

    Clock clock = Clock.systemUTC();

    /** The draft's files by path, sorted; opened as a copy of the published files when there is none. */
    public Map<String, DraftFile> draft(String email, String course) {
        Account author = authorship.check(email, course);
        List<CourseFile> files = files(course, Stage.DRAFT);
        if (files.isEmpty()) {
            files = open(course, author);
        }
        Map<String, DraftFile> draft = new LinkedHashMap<>();
        files.forEach(f -> draft.put(f.getPath(), new DraftFile(f.getPath(), f.getContent(), f.getVersion())));
        return draft;
    }

    /** Whether the course has a draft that differs from what is published (or was never published). */
    public boolean hasDraft(String email, String course) {
        authorship.check(email, course);
        Map<String, String> draft = contents(files(course, Stage.DRAFT));
        return !draft.isEmpty() && !draft.equals(contents(files(course, Stage.PUBLISHED)));
    }

    /** The published files by path, sorted; none for a course never published. */
    public Map<String, String> published(String email, String course) {
        authorship.check(email, course);
        return contents(files(course, Stage.PUBLISHED));
    }

    /** Changes the draft's files, all or none; {@link EditConflict} when one was changed since it was read. */
    public void apply(String email, String course, List<FileEdit> edits) {
        Account account = authorship.check(email, course);
        Map<String, CourseFile> stored = new HashMap<>();
        List<CourseFile> files = files(course, Stage.DRAFT);
        if (files.isEmpty()) {
            files = open(course, account);
        }
        files.forEach(f -> stored.put(f.getPath(), f));
        Map<String, String> before = contents(files);
        Long author = account.getId();
        Instant now = clock.instant();
        String path = null;
        try {
            for (FileEdit edit : edits) {
                path = edit.path();
                DraftPaths.check(edit.path(), edit.content());
                CourseFile file = stored.get(edit.path());
                if (edit.expectedVersion() == 0) {
                    if (file != null || edit.content() == null) {
                        throw new EditConflict(edit.path());
                    }
                    file = new CourseFile(course, Stage.DRAFT, edit.path(), stored(edit.path(), edit.content()), now, author);
                    em.persist(file);
                    stored.put(edit.path(), file);
                } else if (file == null || file.getVersion() != edit.expectedVersion()) {
                    throw new EditConflict(edit.path());
                } else if (edit.content() == null) {
                    em.remove(file);
                    stored.remove(edit.path());
                } else {
                    em.lock(file, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                    file.write(stored(edit.path(), edit.content()), now, author);
                }
            }
            if (stored.size() > DraftPaths.MAX_FILES) {
                throw new AuthoringException("author.tooManyFiles", DraftPaths.MAX_FILES);
            }
            Map<String, String> after = new HashMap<>();
            stored.forEach((p, file) -> after.put(p, file.getContent()));
            translations.changed(course, before, after, edits.stream().map(FileEdit::path).toList(), now);
            em.flush();
        } catch (PersistenceException e) {
            throw new EditConflict(path);
        }
    }

    /**
     * Every language's text of the draft's lessons and questions (the published files' when there is
     * no draft), complete, missing or outdated by the rule of {@code courseformat.Translations}; only
     * those of the lesson or question {@code key} when given.
     */
    public List<Translation> translations(String email, String course, String key) {
        authorship.check(email, course);
        List<CourseFile> files = files(course, Stage.DRAFT);
        Map<String, String> contents = contents(files.isEmpty() ? files(course, Stage.PUBLISHED) : files);
        if (key != null) {
            contents.keySet().removeIf(p -> !p.equals(org.capacityacademy.courseformat.CourseYamlFile.FILE)
                    && !org.capacityacademy.courseformat.Translations.holds(key, p));
        }
        return translations.of(course, contents).stream().filter(t -> key == null || t.key().equals(key)).toList();
    }

    /** What publishing the draft would do, or the problems that stop it. */
    public Publication check(String email, String course) {
        authorship.check(email, course);
        return publication(course, readDraft(course));
    }

    /**
     * Publishes the draft: learners see it from now on. Refused with {@link NotPublishable} when
     * the draft has problems, or retires parts learners used without {@code removalsConfirmed}.
     */
    public ImportReport publish(String email, String course, boolean removalsConfirmed) {
        Account author = authorship.check(email, course);
        Course stored = em.createNamedQuery(Course.FIND_BY_CODE, Course.class).setParameter("code", course)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
        Read read = readDraft(course);
        Publication publication = publication(course, read);
        if (!publication.mayPublish() || (publication.needsConfirmation() && !removalsConfirmed)) {
            throw new NotPublishable(publication);
        }
        ImportReport report = courseImport.store(read.definition(), read.files().get(Glossary.PATH), clock.instant());
        replacePublished(course, read.files(), stored == null, author.getId());
        em.createQuery("DELETE FROM CourseFile f WHERE f.courseCode = :course AND f.stage = :stage")
                .setParameter("course", course).setParameter("stage", Stage.DRAFT).executeUpdate();
        auditLog.record(author, "publish-course", "course", course,
                "lessons changed " + report.lessonsChanged() + ", questions changed " + report.questionsChanged()
                        + ", retired " + report.retired());
        return report;
    }

    /** Throws the draft away; the published course stays as it is. A course never published cannot be discarded. */
    public void discard(String email, String course) {
        authorship.check(email, course);
        if (files(course, Stage.PUBLISHED).isEmpty()) {
            throw new AuthoringException("author.neverPublished");
        }
        em.createQuery("DELETE FROM CourseFile f WHERE f.courseCode = :course AND f.stage = :stage")
                .setParameter("course", course).setParameter("stage", Stage.DRAFT).executeUpdate();
    }

    /** Starts a new course with these files as its first draft; the caller becomes its author. */
    public void start(String email, String course, Map<String, String> files) {
        if (!authorship.mayStart(email)) {
            throw new NotAnAuthor(course);
        }
        Account account = authorship.person(email).orElseThrow();
        if (course == null || !DraftPaths.CODE.matcher(course).matches()) {
            throw new AuthoringException("author.badCode");
        }
        boolean taken = !em.createNamedQuery(Course.FIND_BY_CODE, Course.class).setParameter("code", course)
                .getResultList().isEmpty()
                || em.createNamedQuery(CourseFile.COUNT, Long.class).setParameter("course", course)
                .setParameter("stage", Stage.DRAFT).getSingleResult() > 0
                || em.createNamedQuery(CourseFile.COUNT, Long.class).setParameter("course", course)
                .setParameter("stage", Stage.PUBLISHED).getSingleResult() > 0;
        if (taken) {
            throw new AuthoringException("author.codeTaken", course);
        }
        if (files.size() > DraftPaths.MAX_FILES) {
            throw new AuthoringException("author.tooManyFiles", DraftPaths.MAX_FILES);
        }
        Long author = account.getId();
        Instant now = clock.instant();
        files.forEach((path, content) -> {
            DraftPaths.check(path, content);
            em.persist(new CourseFile(course, Stage.DRAFT, path, stored(path, content), now, author));
        });
        authorship.claim(account, course);
        auditLog.record(account, "start-course", "course", course, files.size() + " files");
    }

    /** Keeps the files of a course folder just imported as its published files (and those of a course imported before there were drafts). */
    public void folderImported(@jakarta.enterprise.event.Observes org.capacityacademy.catalog.boundary.CourseFilesImported imported) {
        if (imported.changed() || files(imported.course(), Stage.PUBLISHED).isEmpty()) {
            replacePublished(imported.course(), imported.files(), false, null);
        }
    }

    private void replacePublished(String course, Map<String, String> files, boolean first, Long author) {
        if (!first) {
            em.createQuery("DELETE FROM CourseFile f WHERE f.courseCode = :course AND f.stage = :stage")
                    .setParameter("course", course).setParameter("stage", Stage.PUBLISHED).executeUpdate();
        }
        Instant now = clock.instant();
        files.forEach((path, content) -> em.persist(new CourseFile(course, Stage.PUBLISHED, path, stored(path, content), now, author)));
        em.flush();
    }

    /**
     * A file as it is kept: line ends made {@code \n}, and the HTML it holds cleaned by the one policy
     * for authored HTML, so that no draft, published course or export carries a payload (a lesson
     * saved, a zip or a GIFT file imported, a course published all come through here).
     */
    static String stored(String path, String content) {
        return CourseCleaning.clean(path, CourseFiles.normalise(content));
    }

    private record Read(Map<String, String> files, CourseDefinition definition, List<ContentProblem> problems) {
    }

    private Read readDraft(String course) {
        List<CourseFile> files = files(course, Stage.DRAFT);
        if (files.isEmpty()) {
            files = files(course, Stage.PUBLISHED);
        }
        Map<String, String> contents = contents(files);
        try {
            CourseDefinition definition = CourseReader.read(CourseFiles.of(contents));
            if (!definition.code().equals(course)) {
                return new Read(contents, null, List.of(new ContentProblem("course.yaml", 0,
                        "the course's id must stay " + course + "; to make another course, create one")));
            }
            return new Read(contents, definition, List.of());
        } catch (ContentException e) {
            return new Read(contents, null, e.getProblems());
        }
    }

    private Publication publication(String course, Read read) {
        if (read.definition() == null) {
            return new Publication(read.problems(), List.of());
        }
        return new Publication(List.of(), courseChanges.of(course, read.definition()));
    }

    private List<CourseFile> open(String course, Account account) {
        List<CourseFile> published = files(course, Stage.PUBLISHED);
        if (published.isEmpty()) {
            throw new AuthoringException("author.noCourse", course);
        }
        em.createNamedQuery(Course.FIND_BY_CODE, Course.class).setParameter("code", course)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        List<CourseFile> again = files(course, Stage.DRAFT);
        if (!again.isEmpty()) {
            return again;
        }
        Long author = account.getId();
        Instant now = clock.instant();
        List<CourseFile> draft = new ArrayList<>();
        for (CourseFile file : published) {
            CourseFile copy = new CourseFile(course, Stage.DRAFT, file.getPath(), file.getContent(), now, author);
            em.persist(copy);
            draft.add(copy);
        }
        em.flush();
        return draft;
    }

    private List<CourseFile> files(String course, Stage stage) {
        return em.createNamedQuery(CourseFile.OF_COURSE, CourseFile.class).setParameter("course", course)
                .setParameter("stage", stage).getResultList();
    }

    private static Map<String, String> contents(List<CourseFile> files) {
        Map<String, String> contents = new LinkedHashMap<>();
        files.forEach(f -> contents.put(f.getPath(), f.getContent()));
        return contents;
    }
}
