package org.capacityacademy.authoring.archives.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.authoring.archives.control.CourseArchive;
import org.capacityacademy.platform.boundary.FacesMessages;
import org.capacityacademy.platform.boundary.Language;
import org.capacityacademy.platform.control.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Backs {@code author/import-course.xhtml}: the courses the author may download as zips, and
 * the upload of a zip that becomes a course's draft, with what was refused and why.
 */
@Named
@RequestScoped
public class ImportCourse {

    /** The largest zip taken; its files may be larger once unpacked ({@link CourseArchive#MAX_BYTES}). */
    public static final int MAX_UPLOAD = 10 * 1024 * 1024;

    @Inject
    CourseArchives archives;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    private Part file;
    private ArchiveImport outcome;
    private List<CourseArchives.ArchivedCourse> courses;

    public String upload() {
        if (file == null || file.getSize() == 0) {
            FacesMessages.error("upload:file", "author.archive.noFile");
            return null;
        }
        if (file.getSize() > MAX_UPLOAD) {
            FacesMessages.error("upload:file", "author.archive.uploadTooLarge", getMaxUploadMegabytes());
            return null;
        }
        byte[] zip;
        try (InputStream in = file.getInputStream()) {
            zip = in.readAllBytes();
        } catch (IOException e) {
            FacesMessages.error("upload:file", "author.archive.unreadable");
            return null;
        }
        outcome = archives.importArchive(currentUser.getEmail(), zip);
        courses = null;
        return null;
    }

    public List<CourseArchives.ArchivedCourse> getCourses() {
        if (courses == null) {
            courses = archives.courses(currentUser.getEmail());
        }
        return courses;
    }

    public int getMaxFiles() {
        return CourseArchive.MAX_FILES;
    }

    public long getMaxMegabytes() {
        return CourseArchive.MAX_BYTES / (1024 * 1024);
    }

    public int getMaxUploadMegabytes() {
        return MAX_UPLOAD / (1024 * 1024);
    }

    /** What the import did, in the page's language. */
    public String getOutcomeText() {
        return outcome == null ? "" : Messages.text(language.getLocale(), outcome.messageKey(), outcome.arguments().toArray());
    }

    public ArchiveImport getOutcome() {
        return outcome;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
