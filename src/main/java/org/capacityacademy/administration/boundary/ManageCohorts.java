package org.capacityacademy.administration.boundary;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.administration.boundary.Cohorts.CohortSummary;
import org.capacityacademy.administration.entity.Cohort;
import org.capacityacademy.platform.boundary.FacesMessages;

import java.util.List;

/** Backs {@code admin/cohorts.xhtml}: the cohorts with their sizes, and a form to create one. */
@Named
@RequestScoped
public class ManageCohorts {

    @Inject
    Cohorts cohorts;

    @Inject
    CurrentUser currentUser;

    private List<CohortSummary> list;
    private String name;
    private String description;

    public List<CohortSummary> getCohorts() {
        if (list == null) {
            list = cohorts.all();
        }
        return list;
    }

    public String create() {
        try {
            Cohort cohort = cohorts.create(currentUser.getEmail(), name, description);
            return "/admin/cohort.xhtml?faces-redirect=true&created=true&id=" + cohort.getId();
        } catch (CohortException e) {
            FacesMessages.error(null, e.getMessageKey(), e.getArguments());
            return null;
        } catch (EJBException e) {
            // another administrator created a cohort of that name at the same moment (the database's unique name)
            FacesMessages.error(null, "cohort.nameTaken", name == null ? "" : name.strip());
            return null;
        }
    }

    public int getNameLength() { return Cohort.NAME_LENGTH; }
    public int getDescriptionLength() { return Cohort.DESCRIPTION_LENGTH; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
