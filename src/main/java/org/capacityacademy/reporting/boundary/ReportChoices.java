package org.capacityacademy.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.capacityacademy.account.entity.Gender;
import org.capacityacademy.account.entity.OrganisationType;

import java.util.List;

/** The reports page's fixed choices. */
@Named
@ApplicationScoped
public class ReportChoices {

    public List<OrganisationType> getOrganisationTypes() {
        return List.of(OrganisationType.values());
    }

    public List<Gender> getGenders() {
        return List.of(Gender.values());
    }
}
