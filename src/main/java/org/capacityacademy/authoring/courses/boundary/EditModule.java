package org.capacityacademy.authoring.courses.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.authoring.courses.control.CourseOutline;
import org.capacityacademy.authoring.courses.control.ModuleYaml;
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
 * Backs {@code author/module.xhtml}: a module's settings (titles, summaries, and its quiz:
 * title, questions drawn, shuffle, attempts, time limit, pass mark, feedback timing). The form
 * keeps the version of module.yaml it was filled from.
 */
@Named
@ViewScoped
public class EditModule implements Serializable {

    @Inject
    DraftEditing editing;

    private final DraftEditing.Conflict conflict = new DraftEditing.Conflict();
    private String course;
    private String module;
    private DraftFile read;
    private ModuleYaml settings;
    private List<String> languages = List.of();

    public void load() {
        if (read == null) {
            editing.open(course).ifPresent(this::fill);
        }
    }

    private void fill(OpenDraft draft) {
        read = module == null ? null : draft.file(module + ModuleYaml.FILE);
        if (read == null) {
            editing.told(new org.capacityacademy.authoring.drafts.control.EditRefused("author.course.noSuchModule"));
            return;
        }
        languages = CourseOutline.of(draft.contents()).languages();
        try {
            settings = ModuleYaml.parse(read.path(), read.content());
        } catch (UnreadableFile e) {
            editing.told(e);
        }
    }

    public void reload() {
        conflict.clear();
        read = null;
        settings = null;
        load();
    }

    public void save() {
        Optional<OpenDraft> now = settings == null ? Optional.empty() : editing.open(course);
        if (now.isEmpty()) {
            return;
        }
        CourseOutline outline = CourseOutline.of(now.get().contents());
        try {
            outline.saveModule(module, settings);
        } catch (RuntimeException e) {
            if (!editing.told(e)) {
                throw e;
            }
            return;
        }
        String text = outline.files().get(module + ModuleYaml.FILE);
        List<FileEdit> edits = FileEdit.toContent(read, text);
        if (editing.save(course, edits, conflict)) {
            read = null;
            load();
            FacesMessages.info(null, "author.module.saved");
        }
    }

    public ModuleYaml getSettings() {
        return settings;
    }

    public List<String> getLanguages() {
        return languages;
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

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }
}
