package org.capacityacademy.administration.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacityacademy.account.boundary.AccountException;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.Role;
import org.capacityacademy.platform.boundary.FacesMessages;

import java.util.List;

/**
 * Backs {@code admin/users.xhtml}: find people by name or e-mail, page through them, grant
 * and remove roles. The search and the page are in the URL, so a list can be bookmarked.
 */
@Named
@RequestScoped
public class ManageUsers {

    public static final int PAGE_SIZE = 25;

    @Inject
    AccountService accounts;

    private String query = "";
    private int page = 1;
    private List<Account> rows;
    private Long total;

    public List<Account> getRows() {
        if (rows == null) {
            rows = accounts.search(query, (Math.max(page, 1) - 1) * PAGE_SIZE, PAGE_SIZE);
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

    public String grant(Account account, Role role) {
        return change(() -> accounts.grant(account.getId(), role));
    }

    public String revoke(Account account, Role role) {
        return change(() -> accounts.revoke(account.getId(), role));
    }

    private String change(Runnable change) {
        try {
            change.run();
            return "/admin/users.xhtml?faces-redirect=true&includeViewParams=true";
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
