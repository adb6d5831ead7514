package org.capacityacademy.administration.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.administration.boundary.Cohorts.CourseOfCohort;
import org.capacityacademy.administration.boundary.Cohorts.MemberView;
import org.capacityacademy.administration.entity.Cohort;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseCard;
import org.capacityacademy.platform.boundary.FacesMessages;
import org.capacityacademy.platform.boundary.Language;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * Backs {@code admin/cohort.xhtml}: one cohort, renamed and described, its members added by
 * e-mail and removed, enrolled in a course, its courses with member counts. View-scoped: the
 * cohort's id and page of members stay known on postback.
 */
@Named
@ViewScoped
public class ManageCohort implements Serializable {

    public static final int PAGE_SIZE = 50;

    @Inject
    Cohorts cohorts;

    @Inject
    Catalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    private Long id;
    private int page = 1;
    private String name;
    private String description;
    private String email;
    private Long courseId;
    private transient Cohort cohort;
    private transient boolean looked;

    public Cohort getCohort() {
        if (!looked && id != null) {
            cohort = cohorts.find(id).orElse(null);
            looked = true;
            if (cohort != null && name == null) {
                name = cohort.getName();
                description = cohort.getDescription();
            }
        }
        return cohort;
    }

    public List<MemberView> getMembers() {
        return getCohort() == null ? List.of() : cohorts.members(id, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    public long getMemberCount() {
        return getCohort() == null ? 0 : cohorts.memberCount(id);
    }

    public int getPageCount() {
        return (int) Math.max(1, (getMemberCount() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<CourseOfCohort> getCourses() {
        return getCohort() == null ? List.of() : cohorts.courses(id, language.getTag());
    }

    public List<CourseCard> getCourseChoices() {
        return catalog.courses(language.getTag());
    }

    public String describe() {
        return act(() -> {
            cohorts.describe(currentUser.getEmail(), id, name, description);
            FacesMessages.info(null, "cohort.saved");
            return here();
        });
    }

    public String addMember() {
        return act(() -> {
            int enrolled = cohorts.addMember(currentUser.getEmail(), id, email);
            FacesMessages.info(null, "cohort.memberAdded", email.strip(), enrolled);
            return here();
        });
    }

    public String removeMember(MemberView member) {
        return act(() -> {
            cohorts.removeMember(currentUser.getEmail(), id, member.accountId());
            FacesMessages.info(null, "cohort.memberRemoved", member.email());
            return here();
        });
    }

    public String enrol() {
        return act(() -> {
            if (courseId == null) {
                FacesMessages.error(null, "cohort.chooseCourse");
                return null;
            }
            int enrolled = cohorts.enrol(currentUser.getEmail(), id, courseId);
            FacesMessages.info(null, "cohort.enrolled", catalog.courseCode(courseId), enrolled);
            return here();
        });
    }

    /**
     * Back to the cohort's own address after a change (its message kept for the next page), so
     * that reloading does not repeat the change and the language links keep the cohort.
     */
    private String here() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/admin/cohort.xhtml?faces-redirect=true&id=" + id + "&page=" + page;
    }

    private String act(Supplier<String> action) {
        try {
            return action.get();
        } catch (CohortException e) {
            FacesMessages.error(null, e.getMessageKey(), e.getArguments());
            return null;
        } finally {
            looked = false;
        }
    }

    public int getNameLength() { return Cohort.NAME_LENGTH; }
    public int getDescriptionLength() { return Cohort.DESCRIPTION_LENGTH; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(1, page); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Long getCourseId() { return courseId; }
    public void setCourseId(Long courseId) { this.courseId = courseId; }
}
