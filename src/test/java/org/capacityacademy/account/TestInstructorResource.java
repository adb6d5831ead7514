package org.capacityacademy.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.capacityacademy.TestAccounts;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.entity.Role;

/**
 * {@code POST /api/test/instructors/{email}?name=N[&language=fr][&administrator=true]}, for browser
 * journeys whose subject is what an instructor (or an administrator) does, not how one is made
 * (that is AccessControlIT's and AdminUsersIT's): registers the person (password
 * {@link TestAccounts#PASSWORD}, English unless a language is given) and grants them the
 * instructor role, and the administrator role if asked, as an administrator does on the person's
 * page. It is a test class: the test deployment has it, the platform's WAR never does.
 * Administrators only.
 */
@Path("test/instructors")
@RolesAllowed("ADMIN")
public class TestInstructorResource {

    @Inject
    AccountService accounts;

    @POST
    @Path("{email}")
    public Response register(@PathParam("email") String email, @QueryParam("name") String name,
                             @QueryParam("language") String language, @QueryParam("administrator") boolean administrator) {
        org.capacityacademy.account.entity.Profile profile = TestAccounts.profile(name);
        if (language != null) {
            profile.setPreferredLanguage(language);
        }
        long id = accounts.register(email, TestAccounts.PASSWORD, profile).getId();
        accounts.grant(id, Role.INSTRUCTOR);
        if (administrator) {
            accounts.grant(id, Role.ADMIN);
        }
        return Response.noContent().build();
    }
}
