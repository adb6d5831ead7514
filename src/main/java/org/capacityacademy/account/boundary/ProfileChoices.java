package org.capacityacademy.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.account.entity.Gender;
import org.capacityacademy.account.entity.OrganisationType;
import org.capacityacademy.country.boundary.Countries;
import org.capacityacademy.country.entity.Country;
import org.capacityacademy.platform.boundary.Language;
import org.capacityacademy.platform.control.SupportedLanguage;

import java.util.List;

/** The lists a profile form offers, in the page's language. */
@Named
@RequestScoped
public class ProfileChoices {

    @Inject
    Countries countries;

    @Inject
    Language language;

    private List<Country> sortedCountries;

    public List<Country> getCountries() {
        if (sortedCountries == null) {
            sortedCountries = countries.sortedFor(language.getLocale());
        }
        return sortedCountries;
    }

    public String countryName(Country country) {
        return country.nameIn(language.getLocale());
    }

    public OrganisationType[] getOrganisationTypes() {
        return OrganisationType.values();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public SupportedLanguage[] getLanguages() {
        return SupportedLanguage.values();
    }
}
