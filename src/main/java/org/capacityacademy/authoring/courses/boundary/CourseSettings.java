package org.capacityacademy.authoring.courses.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.authoring.courses.control.CourseOutline;
import org.capacityacademy.authoring.courses.control.CourseStarter;
import org.capacityacademy.authoring.courses.control.CourseYaml;
import org.capacityacademy.authoring.drafts.boundary.DraftEditing;
import org.capacityacademy.authoring.drafts.boundary.DraftFile;
import org.capacityacademy.authoring.drafts.boundary.FileEdit;
import org.capacityacademy.authoring.drafts.boundary.OpenDraft;
import org.capacityacademy.authoring.drafts.control.UnreadableFile;
import org.capacityacademy.platform.boundary.FacesMessages;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Backs the settings part of {@code author/course.xhtml}: course.yaml's fields (titles,
 * summaries, languages, version, enrolment, completion rule, final assessment). The form keeps
 * the version of course.yaml it was filled from, so saving over someone else's change is refused.
 */
@Named
@ViewScoped
public class CourseSettings implements Serializable {

    @Inject
    DraftEditing editing;

    private final DraftEditing.Conflict conflict = new DraftEditing.Conflict();
    private String course;
    private DraftFile read;
    private CourseYaml settings;
    private List<String> reportLanguages = List.of();

    public void load() {
        if (read == null) {
            editing.open(course).ifPresent(this::fill);
        }
    }

    private void fill(OpenDraft draft) {
        read = draft.file(CourseYaml.FILE);
        reportLanguages = CourseStarter.reportLanguages(draft.contents());
        try {
            settings = CourseYaml.parse(read == null ? null : read.content());
        } catch (UnreadableFile e) {
            settings = null;
            editing.told(e);
        }
    }

    /** Throws away what was typed and shows the draft's settings as they are now. */
    public void reload() {
        conflict.clear();
        read = null;
        load();
    }

    public void save() {
        if (settings == null) {
            return;
        }
        Optional<OpenDraft> now = editing.open(course);
        if (now.isEmpty()) {
            return;
        }
        CourseOutline outline = CourseOutline.of(now.get().contents());
        List<String> ordered = reportLanguages.stream().filter(settings.getLanguages()::contains).toList();
        settings.setLanguages(ordered);
        try {
            outline.saveCourse(settings);
        } catch (RuntimeException e) {
            if (!editing.told(e)) {
                throw e;
            }
            return;
        }
        String text = outline.files().get(CourseYaml.FILE);
        List<FileEdit> edits = FileEdit.toContent(read, text);
        if (editing.save(course, edits, conflict)) {
            read = null;
            load();
            FacesMessages.info(null, "author.course.settingsSaved");
        }
    }

    public CourseYaml getSettings() {
        return settings;
    }

    /** The languages the course may offer: those in which its draft holds the report's text. */
    public List<String> getReportLanguages() {
        return reportLanguages;
    }

    public DraftEditing.Conflict getConflict() {
        return conflict;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }
}
