package org.capacityacademy.authoring.drafts.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.catalog.boundary.ImportReport;
import org.capacityacademy.platform.boundary.FacesMessages;

import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code author/publish.xhtml}: the draft checked as an import would read it (its
 * problems with file and line, or the changes learners will see), publishing it (asking for
 * confirmation when parts learners used would be retired), or discarding it. Missing and outdated
 * translations are listed as a warning: they do not stop publishing.
 */
@Named
@ViewScoped
public class PublishCourse implements Serializable {

    @Inject
    Drafts drafts;

    @Inject
    DraftEditing editing;

    private String course;
    private Publication publication;
    private boolean removalsConfirmed;
    private ImportReport published;
    private List<Translation> translations = List.of();

    public void load() {
        if (publication == null && published == null) {
            check();
        }
    }

    private void check() {
        try {
            publication = drafts.check(editing.email(), course);
            translations = drafts.translations(editing.email(), course, null).stream().filter(Translation::needsWork).toList();
        } catch (RuntimeException e) {
            publication = null;
            if (!editing.told(e)) {
                throw e;
            }
        }
    }

    public void publish() {
        try {
            published = drafts.publish(editing.email(), course, removalsConfirmed);
            publication = null;
            translations = List.of();
            FacesMessages.info(null, "author.publish.done", published.lessonsChanged(), published.questionsChanged(),
                    published.retired());
        } catch (NotPublishable e) {
            publication = e.getPublication();
            FacesMessages.error(null, publication.mayPublish() ? "author.publish.confirmFirst" : "author.publish.hasProblems");
        } catch (RuntimeException e) {
            if (!editing.told(e)) {
                throw e;
            }
        }
    }

    public void discard() {
        try {
            drafts.discard(editing.email(), course);
            FacesMessages.info(null, "author.publish.discarded");
            check();
        } catch (RuntimeException e) {
            if (!editing.told(e)) {
                throw e;
            }
        }
    }

    public Publication getPublication() {
        return publication;
    }

    /** The missing and outdated translations of the draft's lessons and questions: a warning, not a refusal. */
    public List<Translation> getTranslations() {
        return translations;
    }

    public ImportReport getPublished() {
        return published;
    }

    public boolean isRemovalsConfirmed() {
        return removalsConfirmed;
    }

    public void setRemovalsConfirmed(boolean removalsConfirmed) {
        this.removalsConfirmed = removalsConfirmed;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }
}
