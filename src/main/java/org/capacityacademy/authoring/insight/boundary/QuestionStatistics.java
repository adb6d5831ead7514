package org.capacityacademy.authoring.insight.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.authoring.insight.control.QuestionFlag;
import org.capacityacademy.authoring.insight.control.QuestionReport;

/**
 * Backs {@code author/questions.xhtml?course=C}: per module and question, how many answered, the
 * share answered right and the wrong answer given most often, with the questions worth a second
 * look flagged; retired questions apart. Only the course's authors and administrators see it.
 */
@Named
@RequestScoped
public class QuestionStatistics {

    @Inject
    CourseInsight insight;

    @Inject
    InsightPage page;

    @Inject
    CurrentUser currentUser;

    private String course;
    private QuestionReport report;

    /** Checks the caller may see the course and computes its figures (f:viewAction). */
    public void open() {
        report = page.open(course, () -> insight.questions(currentUser.getEmail(), course, page.language()));
    }

    public QuestionReport getReport() {
        return report;
    }

    /** The thresholds the flags use, as percentages for the page's explanation. */
    public double getHardBelow() {
        return QuestionFlag.HARD_BELOW;
    }

    public double getEasyAbove() {
        return QuestionFlag.EASY_ABOVE;
    }

    public String getCourse() { return course; }
    public void setCourse(String course) { this.course = course; }
}
