package org.capacityacademy.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A course's texts in one language. */
@Embeddable
public class CourseText {

    private String title;
    private String summary;

    @Column(name = "final_title")
    private String finalTitle;

    protected CourseText() {
    }

    public CourseText(String title, String summary, String finalTitle) {
        this.title = title;
        this.summary = summary;
        this.finalTitle = finalTitle;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getFinalTitle() {
        return finalTitle;
    }
}
