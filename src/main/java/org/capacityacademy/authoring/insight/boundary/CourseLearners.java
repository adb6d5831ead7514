package org.capacityacademy.authoring.insight.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.authoring.insight.control.LearnerFilter;
import org.capacityacademy.authoring.insight.control.LearnerProgress;
import org.capacityacademy.authoring.insight.control.LearnerStatus;
import org.capacityacademy.authoring.insight.control.ProgressColumns;
import org.capacityacademy.platform.boundary.FacesMessages;
import org.capacityacademy.platform.boundary.SearchPage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code author/learners.xhtml?course=C}: the course's enrolled learners with their
 * progress, found by name or e-mail, cohort, status and day of enrolment, all read from the
 * address, counted and paged in the database. Only the course's authors and administrators see
 * it (403 for anyone else); an unknown course is 404.
 */
@Named
@RequestScoped
public class CourseLearners extends SearchPage<LearnerProgress, LearnerFilter> {

    public static final int PAGE_SIZE = 25;

    @Inject
    CourseInsight insight;

    @Inject
    InsightPage page;

    @Inject
    CurrentUser currentUser;

    private String course;
    private String query;
    private String cohort;
    private String status;
    private ProgressColumns columns;
    private Map<Long, String> cohorts;

    /** Checks the caller may see the course (f:viewAction), then reads the filter. */
    public void open() {
        columns = page.open(course, () -> insight.course(currentUser.getEmail(), course, page.language()));
        if (columns != null) {
            load();
        }
    }

    @Override
    protected LearnerFilter filter(LocalDate from, LocalDate to) {
        LearnerStatus chosen = null;
        if (status != null && !status.isBlank()) {
            chosen = LearnerStatus.fromParameter(status).orElse(null);
            if (chosen == null) {
                FacesMessages.error(null, "author.learners.badStatus");
            }
        }
        Long chosenCohort = null;
        if (cohort != null && !cohort.isBlank()) {
            chosenCohort = InsightPage.number(cohort);
            if (chosenCohort == null || !getCohorts().containsKey(chosenCohort)) {
                FacesMessages.error(null, "author.learners.badCohort");
                chosenCohort = null;
            }
        }
        return new LearnerFilter(query, chosenCohort, chosen, from, to);
    }

    @Override
    protected List<LearnerProgress> search(LearnerFilter filter, int first, int max) {
        return columns == null ? List.of() : insight.learners(currentUser.getEmail(), course, filter, first, max);
    }

    @Override
    protected long count(LearnerFilter filter) {
        return columns == null ? 0 : insight.countLearners(currentUser.getEmail(), course, filter);
    }

    @Override
    protected int pageSize() {
        return PAGE_SIZE;
    }

    @Override
    protected String messagePrefix() {
        return "author.learners";
    }

    /** The address's filter, for the CSV export of the same rows. */
    public String getExportQuery() {
        return InsightPage.query("course", course, "q", query, "cohort", cohort, "status", status,
                "from", getFrom(), "to", getTo());
    }

    public Map<Long, String> getCohorts() {
        if (cohorts == null) {
            cohorts = columns == null ? Map.of() : insight.cohorts(currentUser.getEmail(), course);
        }
        return cohorts;
    }

    /** The cohorts to choose from, by name. */
    public List<Map.Entry<Long, String>> getCohortChoices() {
        return List.copyOf(getCohorts().entrySet());
    }

    public LearnerStatus[] getStatuses() {
        return LearnerStatus.values();
    }

    public ProgressColumns getColumns() { return columns; }
    public String getCourse() { return course; }
    public void setCourse(String course) { this.course = course; }
    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public String getCohort() { return cohort; }
    public void setCohort(String cohort) { this.cohort = cohort; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
