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
 * {@code POST /api/test/instructors/{email}?name=N}, for browser journeys whose subject is what an
 * instructor does, not how one is made (that is AccessControlIT's and AdminUsersIT's): registers
 * the person (password {@link TestAccounts#PASSWORD}) and grants them the instructor role, as an
 * administrator does on the person's page. It is a test class: the test deployment has it, the
 * platform's WAR never does. Administrators only.
 */
@Path("test/instructors")
@RolesAllowed("ADMIN")
public class TestInstructorResource {

    @Inject
    AccountService accounts;

    @POST
    @Path("{email}")
    public Response register(@PathParam("email") String email, @QueryParam("name") String name) {
        long id = accounts.register(email, TestAccounts.PASSWORD, TestAccounts.profile(name)).getId();
        accounts.grant(id, Role.INSTRUCTOR);
        return Response.noContent().build();
    }
}
