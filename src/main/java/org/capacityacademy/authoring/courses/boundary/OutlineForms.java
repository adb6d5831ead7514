package org.capacityacademy.authoring.courses.boundary;

import org.capacityacademy.authoring.courses.control.CourseOutline.Lesson;
import org.capacityacademy.authoring.courses.control.CourseOutline.Module;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one small form of the course outline open at a time (add a module, add a lesson to a
 * module, rename a lesson, confirm a removal), with what the author typed in it: kept when a
 * save is refused, so nothing typed is lost.
 */
public class OutlineForms implements Serializable {

    public enum Mode { NONE, ADD_MODULE, ADD_LESSON, RENAME_LESSON, REMOVE_MODULE, REMOVE_LESSON }

    private Mode mode = Mode.NONE;
    private String target;
    private String id;
    private Map<String, String> title = new LinkedHashMap<>();
    private String order = "";
    private String orderFolder = "";

    public void addModule() {
        open(Mode.ADD_MODULE, null);
    }

    public void addLessonTo(Module module) {
        open(Mode.ADD_LESSON, module.folder());
    }

    public void rename(Lesson lesson) {
        open(Mode.RENAME_LESSON, lesson.path());
        id = lesson.id();
        title = new LinkedHashMap<>(lesson.title());
    }

    public void askRemoval(Module module) {
        open(Mode.REMOVE_MODULE, module.folder());
        id = module.id();
    }

    public void askRemoval(Lesson lesson) {
        open(Mode.REMOVE_LESSON, lesson.path());
        id = lesson.id();
    }

    public void clear() {
        open(Mode.NONE, null);
    }

    private void open(Mode mode, String target) {
        this.mode = mode;
        this.target = target;
        this.id = null;
        this.title = new LinkedHashMap<>();
    }

    /** Whether this form is open, for the module folder or lesson path given (null for the course). */
    public boolean is(String mode, String target) {
        return this.mode == Mode.valueOf(mode) && (target == null || target.equals(this.target));
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Map<String, String> getTitle() {
        return title;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order == null ? "" : order;
    }

    /** The module whose lessons a drag and drop put in a new order; empty when the modules were reordered. */
    public String getOrderFolder() {
        return orderFolder;
    }

    public void setOrderFolder(String orderFolder) {
        this.orderFolder = orderFolder == null ? "" : orderFolder;
    }
}
