package org.capacityacademy.authoring.archives.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.authoring.archives.boundary.ArchiveImport.Outcome;
import org.capacityacademy.authoring.archives.control.ArchiveRefused;
import org.capacityacademy.authoring.archives.control.CourseArchive;
import org.capacityacademy.authoring.drafts.boundary.AuthoringException;
import org.capacityacademy.authoring.drafts.boundary.Authorship;
import org.capacityacademy.authoring.drafts.boundary.DraftFile;
import org.capacityacademy.authoring.drafts.boundary.Drafts;
import org.capacityacademy.authoring.drafts.boundary.EditConflict;
import org.capacityacademy.authoring.drafts.boundary.FileEdit;
import org.capacityacademy.authoring.drafts.boundary.NotAnAuthor;
import org.capacityacademy.authoring.drafts.entity.CourseFile;
import org.capacityacademy.authoring.drafts.entity.Stage;
import org.capacityacademy.courseformat.ContentException;
import org.capacityacademy.courseformat.CourseCleaning;
import org.capacityacademy.courseformat.CourseDefinition;
import org.capacityacademy.courseformat.CourseFiles;
import org.capacityacademy.courseformat.CourseReader;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Courses as zips in the format of {@code courses/}: the files of a course an author may edit,
 * published or as drafted, for download; and a zip uploaded by an author, read and checked whole
 * before anything is kept, that becomes the draft of its course (all its files replaced at once,
 * published as usual) or the first draft of a new course.
 */
@Stateless
public class CourseArchives {

    @Inject
    Drafts drafts;

    @Inject
    Authorship authorship;

    @PersistenceContext
    EntityManager em;

    /** A course the author may download: whether it has published files, and a draft. */
    public record ArchivedCourse(String code, boolean published, boolean draft) implements Serializable {
    }

    /** The courses the person may edit, with the stages they have files in. */
    public List<ArchivedCourse> courses(String email) {
        List<String> codes = authorship.editableCourses(email);
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<String, List<Stage>> stages = new LinkedHashMap<>();
        codes.forEach(code -> stages.put(code, new ArrayList<>()));
        em.createQuery("SELECT DISTINCT f.courseCode, f.stage FROM CourseFile f WHERE f.courseCode IN :codes", Object[].class)
                .setParameter("codes", codes).getResultStream()
                .forEach(row -> stages.get((String) row[0]).add((Stage) row[1]));
        return stages.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new ArchivedCourse(e.getKey(), e.getValue().contains(Stage.PUBLISHED), e.getValue().contains(Stage.DRAFT)))
                .toList();
    }

    /**
     * The course's files as a zip: as published, or as drafted (the published files when there
     * is no draft). Empty when the course has no such files; {@link NotAnAuthor} when the person
     * may not edit it.
     */
    public Optional<byte[]> export(String email, String course, Stage stage) {
        Map<String, String> files;
        if (stage == Stage.DRAFT && drafts.hasDraft(email, course)) {
            files = new LinkedHashMap<>();
            for (DraftFile file : drafts.draft(email, course).values()) {
                files.put(file.path(), file.content());
            }
        } else {
            files = drafts.published(email, course);
        }
        // cleaned again on the way out: files stored before they were cleaned as they came in carry nothing either
        return files.isEmpty() ? Optional.empty() : Optional.of(CourseArchive.write(course, CourseCleaning.clean(files)));
    }

    /**
     * Reads a course zip and, when it is a course without problems, makes it the draft of its
     * course (if the person may edit it) or a new course's first draft. Nothing is stored when it
     * is refused. Each step is its own transaction: reading a whole course takes a while.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ArchiveImport importArchive(String email, byte[] zip) {
        CourseArchive archive;
        CourseDefinition definition;
        try {
            archive = CourseArchive.read(zip);
        } catch (ArchiveRefused e) {
            return ArchiveImport.of(Outcome.REFUSED, null, e.getReason().key(), e.getEntry());
        }
        try {
            definition = CourseReader.read(CourseFiles.of(archive.files()));
        } catch (ContentException e) {
            return ArchiveImport.problems(archive.folder(), e.getProblems());
        }
        String course = definition.code();
        if (!course.equals(archive.folder())) {
            return ArchiveImport.of(Outcome.REFUSED, course, ArchiveRefused.Reason.NOT_NAMED_AFTER_COURSE.key(), course);
        }
        try {
            if (authorship.editableCourses(email).contains(course)) {
                return replaceDraft(email, course, archive.files());
            }
            drafts.start(email, course, archive.files());
            return ArchiveImport.of(Outcome.STARTED, course, "author.archive.started", course);
        } catch (NotAnAuthor e) {
            return ArchiveImport.of(Outcome.NOT_AN_AUTHOR, course, "author.archive.notAnAuthor", course);
        } catch (EditConflict e) {
            return ArchiveImport.of(Outcome.CONFLICT, course, "author.archive.conflict", course);
        } catch (AuthoringException e) {
            if ("author.codeTaken".equals(e.getMessageKey())) {
                // the course exists, and it is not one of the caller's
                return ArchiveImport.of(Outcome.NOT_AN_AUTHOR, course, "author.archive.notAnAuthor", course);
            }
            return ArchiveImport.of(Outcome.REFUSED, course, e.getMessageKey(), e.getArguments());
        }
    }

    /**
     * Replaces every file of the draft by the zip's in one change, naming the versions read; a
     * zip of the course as published opens no draft when there is none.
     */
    private ArchiveImport replaceDraft(String email, String course, Map<String, String> files) {
        if (!drafts.hasDraft(email, course) && files.equals(drafts.published(email, course))) {
            return ArchiveImport.of(Outcome.DRAFT_UNCHANGED, course, "author.archive.draftUnchanged", course);
        }
        Map<String, DraftFile> draft = drafts.draft(email, course);
        List<FileEdit> edits = new ArrayList<>();
        draft.values().stream().filter(file -> !files.containsKey(file.path())).map(FileEdit::remove).forEach(edits::add);
        files.forEach((path, content) -> {
            DraftFile file = draft.get(path);
            if (file == null) {
                edits.add(FileEdit.create(path, content));
            } else if (!file.content().equals(content)) {
                edits.add(FileEdit.update(file, content));
            }
        });
        if (edits.isEmpty()) {
            return ArchiveImport.of(Outcome.DRAFT_UNCHANGED, course, "author.archive.draftUnchanged", course);
        }
        drafts.apply(email, course, edits);
        return ArchiveImport.of(Outcome.DRAFT_REPLACED, course, "author.archive.draftReplaced", course, edits.size());
    }
}
