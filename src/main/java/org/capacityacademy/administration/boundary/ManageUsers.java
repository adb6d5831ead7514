package org.capacityacademy.administration.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.account.boundary.AccountException;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.Role;
import org.capacityacademy.platform.boundary.FacesMessages;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Backs {@code admin/users.xhtml}: find people by name or e-mail, page through them, grant
 * and remove roles. The search and the page are in the URL, so a list can be bookmarked.
 * The rows shown are kept with the view, so a button acts on the person it was shown for.
 */
@Named
@ViewScoped
public class ManageUsers implements Serializable {

    public static final int PAGE_SIZE = 25;

    @Inject
    AccountService accounts;

    private String query = "";
    private int page = 1;
    private List<UserRow> rows;
    private Long total;

    /** What the list shows of a person. */
    public record UserRow(long id, String fullName, String email, String countryCode, Set<Role> roles)
            implements Serializable {
        static UserRow of(Account account) {
            return new UserRow(account.getId(), account.getProfile().getFullName(), account.getEmail(),
                    account.getProfile().getCountryCode(), account.getRoles());
        }

        public boolean has(Role role) {
            return roles.contains(role);
        }
    }

    public List<UserRow> getRows() {
        if (rows == null) {
            rows = accounts.search(query, (page - 1) * PAGE_SIZE, PAGE_SIZE).stream().map(UserRow::of).toList();
        }
        return rows;
    }

    public long getTotal() {
        if (total == null) {
            total = accounts.count(query);
        }
        return total;
    }

    public int getPageCount() {
        return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String grant(UserRow user, Role role) {
        return change(() -> accounts.grant(user.id(), role));
    }

    public String revoke(UserRow user, Role role) {
        return change(() -> accounts.revoke(user.id(), role));
    }

    private String change(Runnable change) {
        try {
            change.run();
            return "/admin/users.xhtml?faces-redirect=true&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                    + "&page=" + page;
        } catch (AccountException e) {
            FacesMessages.error(null, e.getMessageKey());
            rows = null;
            return null;
        }
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null ? "" : query;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }
}
