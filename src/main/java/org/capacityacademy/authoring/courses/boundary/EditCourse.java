package org.capacityacademy.authoring.courses.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.authoring.courses.control.CourseOutline.Lesson;
import org.capacityacademy.authoring.courses.control.CourseOutline.Module;
import org.capacityacademy.authoring.courses.control.CourseOutline;
import org.capacityacademy.authoring.drafts.boundary.DraftEditing;
import org.capacityacademy.authoring.drafts.boundary.OpenDraft;
import org.capacityacademy.authoring.drafts.control.EditRefused;
import org.capacityacademy.platform.boundary.FacesMessages;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    private Map<String, Long> seen;
    private List<Module> modules;
    private List<String> languages = List.of();
    private String focus;

    /** View action: the draft, opened for this person (403 when they may not edit the course). */
    public void load() {
        if (seen == null) {
            editing.open(course).ifPresent(this::show);
        }
    }

    public void reload() {
        conflict.clear();
        forms.clear();
        seen = null;
        load();
    }

    /** Keeps what the page shows and the versions it saw, not the files (a course's files are large). */
    private void show(OpenDraft opened) {
        CourseOutline outline = CourseOutline.of(opened.contents());
        seen = opened.versions();
        modules = outline.modules();
        languages = outline.languages();
    }

    /**
     * Applies one change to the draft as it is now and saves it with the versions this page saw;
     * the page then shows the draft as saved. A module or lesson gone since is a change by someone
     * else too: the page offers to reload.
     */
    private boolean change(Change change, String doneKey, Object... arguments) {
        conflict.clear();
        focus = null;
        Optional<OpenDraft> now = seen == null ? Optional.empty() : editing.open(course);
        if (now.isEmpty()) {
            return false;
        }
        CourseOutline outline = CourseOutline.of(now.get().contents());
        try {
            change.to(outline);
        } catch (Exception e) {
            if (e instanceof EditRefused refused && STALE.contains(refused.getKey())) {
                conflict.happened();
            }
            if (!editing.told(e)) {
                throw new IllegalStateException(e);
            }
            return false;
        }
        if (editing.save(now.get(), outline.files(), seen, conflict)) {
            forms.clear();
            seen = null;
            load();
            FacesMessages.info(null, doneKey, arguments);
            return true;
        }
        return false;
    }

    private static final Set<String> STALE = Set.of("author.course.noSuchModule", "author.course.noSuchLesson",
            "author.course.orderOutdated");

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
        return languages;
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
