package org.capacityacademy.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A module's texts in one language. */
@Embeddable
public class ModuleText {

    private String title;
    private String summary;

    @Column(name = "quiz_title")
    private String quizTitle;

    protected ModuleText() {
    }

    public ModuleText(String title, String summary, String quizTitle) {
        this.title = title;
        this.summary = summary;
        this.quizTitle = quizTitle;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getQuizTitle() {
        return quizTitle;
    }
}
