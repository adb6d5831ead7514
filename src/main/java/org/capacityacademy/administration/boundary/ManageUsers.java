package org.capacityacademy.administration.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.account.boundary.AccountDirectory.Filter;
import org.capacityacademy.account.boundary.ProfileChoices;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.OrganisationType;
import org.capacityacademy.account.entity.Role;
import org.capacityacademy.country.entity.Country;
import org.capacityacademy.platform.boundary.SearchPage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Backs {@code admin/users.xhtml}: people found by name or e-mail, country, type of organisation,
 * role, status, official verification and day of registration, all read from the address (so a
 * list can be bookmarked), counted and paged in the database. A value that is not one of the
 * page's choices (a hand-edited address) does not filter.
 */
@Named
@RequestScoped
public class ManageUsers extends SearchPage<Account, Filter> {

    public static final int PAGE_SIZE = 25;

    @Inject
    UserAdministration users;

    @Inject
    ProfileChoices choices;

    private String query;
    private String country;
    private String type;
    private String role;
    private String status;
    private String verified;
    private Map<String, String> countryNames;

    @Override
    protected Filter filter(LocalDate from, LocalDate to) {
        return new Filter(query, country, choice(OrganisationType.class, type).orElse(null), choice(Role.class, role).orElse(null),
                "active".equals(status) ? Boolean.TRUE : "deactivated".equals(status) ? Boolean.FALSE : null,
                "yes".equals(verified) ? Boolean.TRUE : "no".equals(verified) ? Boolean.FALSE : null, from, to);
    }

    private static <E extends Enum<E>> Optional<E> choice(Class<E> type, String value) {
        return java.util.Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst();
    }

    @Override
    protected List<Account> search(Filter filter, int first, int max) {
        return users.search(filter, first, max);
    }

    @Override
    protected long count(Filter filter) {
        return users.count(filter);
    }

    @Override
    protected int pageSize() {
        return PAGE_SIZE;
    }

    @Override
    protected String messagePrefix() {
        return "users";
    }

    /** The country's name in the page's language. */
    public String countryName(String code) {
        if (countryNames == null) {
            countryNames = choices.getCountries().stream().collect(Collectors.toMap(Country::getCode, choices::countryName));
        }
        return countryNames.getOrDefault(code, code);
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getVerified() { return verified; }
    public void setVerified(String verified) { this.verified = verified; }
}
