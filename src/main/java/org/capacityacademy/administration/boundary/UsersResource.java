package org.capacityacademy.administration.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.Role;

import java.util.List;
import java.util.Set;

/** {@code GET /api/admin/users}: people and their roles, for administrators' own tools. */
@Path("admin/users")
@RolesAllowed("ADMIN")
public class UsersResource {

    static final int MAX_PAGE = 200;

    @Inject
    AccountService accounts;

    /** What the API shows of a person. */
    public record UserView(long id, String email, String fullName, String country, Set<Role> roles, boolean active,
                           boolean verifiedOfficial) {
        static UserView of(Account account) {
            return new UserView(account.getId(), account.getEmail(), account.getProfile().getFullName(),
                    account.getProfile().getCountryCode(), account.getRoles(), account.isActive(), account.isVerifiedOfficial());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<UserView> list(@QueryParam("q") @DefaultValue("") String query,
                               @QueryParam("first") @DefaultValue("0") int first,
                               @QueryParam("max") @DefaultValue("50") int max) {
        return accounts.search(query, Math.max(0, first), Math.min(Math.max(1, max), MAX_PAGE)).stream()
                .map(UserView::of).toList();
    }
}
