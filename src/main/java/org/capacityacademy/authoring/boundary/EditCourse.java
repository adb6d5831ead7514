package org.capacityacademy.authoring.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.authoring.control.CourseOutline;
import org.capacityacademy.authoring.control.CourseOutline.Lesson;
import org.capacityacademy.authoring.control.CourseOutline.Module;
import org.capacityacademy.platform.boundary.FacesMessages;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs the structure part of {@code author/course.xhtml}: the course's modules and lessons,
 * added, renamed, moved (buttons, or dragging, which posts the new order) and removed. Each
 * change is one save of the draft with the versions this page read.
 */
@Named
@ViewScoped
public class EditCourse implements Serializable {

    @Inject
    DraftEditing editing;

    private final DraftEditing.Conflict conflict = new DraftEditing.Conflict();
    private final OutlineForms forms = new OutlineForms();
    private String course;
    private OpenDraft draft;
    private List<Module> modules;
    private String focus;

    /** View action: the draft, opened for this person (403 when they may not edit the course). */
    public void load() {
        if (draft == null) {
            editing.open(course).ifPresent(this::show);
        }
    }

    public void reload() {
        conflict.clear();
        forms.clear();
        draft = null;
        load();
    }

    private void show(OpenDraft opened) {
        draft = opened;
        modules = CourseOutline.of(opened.contents()).modules();
    }

    /** Applies one change of the outline and saves it; the page then shows the draft as saved. */
    private boolean change(Change change, String doneKey, Object... arguments) {
        conflict.clear();
        focus = null;
        if (draft == null) {
            return false;
        }
        CourseOutline outline = CourseOutline.of(draft.contents());
        try {
            change.to(outline);
        } catch (Exception e) {
            if (!editing.told(e)) {
                throw new IllegalStateException(e);
            }
            return false;
        }
        if (editing.save(draft, outline.files(), conflict)) {
            forms.clear();
            draft = null;
            load();
            FacesMessages.info(null, doneKey, arguments);
            return true;
        }
        return false;
    }

    private interface Change {
        void to(CourseOutline outline) throws Exception;
    }

    /** Moves a module; the page then puts the keyboard focus back on it, at its new place. */
    public void moveModule(Module module, int step) {
        if (change(o -> o.moveModule(module.folder(), step), "author.course.moved", module.id())) {
            focus = module.id();
        }
    }

    public void moveLesson(Lesson lesson, int step) {
        if (change(o -> o.moveLesson(lesson.path(), step), "author.course.moved", lesson.id())) {
            focus = lesson.id();
        }
    }

    public void removeModule(Module module) {
        change(o -> o.removeModule(module.folder()), "author.course.removed", module.id());
    }

    public void removeLesson(Lesson lesson) {
        change(o -> o.removeLesson(lesson.path()), "author.course.removed", lesson.id());
    }

    public void addModule() {
        Map<String, String> quizTitles = new LinkedHashMap<>();
        forms.getTitle().forEach((language, title) -> quizTitles.put(language,
                org.capacityacademy.platform.control.Messages.text(java.util.Locale.forLanguageTag(language),
                        "author.starter.moduleQuizTitle", title == null ? "" : title.strip())));
        change(o -> o.addModule(forms.getId(), forms.getTitle(), quizTitles), "author.course.added", forms.getId());
    }

    public void addLesson() {
        change(o -> o.addLesson(forms.getTarget(), forms.getId(), forms.getTitle()), "author.course.added", forms.getId());
    }

    public void renameLesson() {
        change(o -> o.renameLesson(forms.getTarget(), forms.getTitle()), "author.course.renamed", forms.getId());
    }

    /** The order a drag and drop left: module folders, or one module's lesson files, separated by line ends. */
    public void applyOrder() {
        List<String> order = Arrays.stream(forms.getOrder().split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        String folder = forms.getOrderFolder();
        if (folder.isBlank()) {
            change(o -> o.orderModules(order), "author.course.reordered");
        } else {
            change(o -> o.orderLessons(folder, order), "author.course.reordered");
        }
    }

    public List<Module> getModules() {
        return modules == null ? List.of() : modules;
    }

    public List<String> getLanguages() {
        return draft == null ? List.of() : CourseOutline.of(draft.contents()).languages();
    }

    /** The id of the module or lesson just moved, which the page's script focuses again. */
    public String getFocus() {
        return focus;
    }

    public OutlineForms getForms() {
        return forms;
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
