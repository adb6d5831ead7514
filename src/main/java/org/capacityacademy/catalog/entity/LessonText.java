package org.capacityacademy.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A lesson in one language; objectives and key terms as JSON, the explanation as rendered HTML. */
@Embeddable
public class LessonText {

    private String title;
    private String objectives;
    private String terms;

    @Column(name = "body_html")
    private String bodyHtml;

    protected LessonText() {
    }

    public LessonText(String title, String objectives, String terms, String bodyHtml) {
        this.title = title;
        this.objectives = objectives;
        this.terms = terms;
        this.bodyHtml = bodyHtml;
    }

    public String getTitle() {
        return title;
    }

    public String getObjectives() {
        return objectives;
    }

    public String getTerms() {
        return terms;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }
}
