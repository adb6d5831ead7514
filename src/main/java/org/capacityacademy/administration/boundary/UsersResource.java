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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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

    @Operation(summary = "Find people",
            description = "The people whose name or e-mail address contains the text, a page at a time, as JSON. "
                    + "Who may call it: administrators (ADMIN).")
    @Tag(name = "Administration")
    @SecurityRequirement(name = "session")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Text to find in names and e-mail addresses; empty: everyone")
    @Parameter(name = "first", in = ParameterIn.QUERY, description = "How many people to skip", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    @Parameter(name = "max", in = ParameterIn.QUERY, description = "How many people at most (1 to 200)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50"))
    @APIResponse(responseCode = "200", description = "The people found",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = UserView.class)))
    @APIResponse(responseCode = "403", description = "The caller is not an administrator")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<UserView> list(@QueryParam("q") @DefaultValue("") String query,
                               @QueryParam("first") @DefaultValue("0") int first,
                               @QueryParam("max") @DefaultValue("50") int max) {
        return accounts.search(query, Math.max(0, first), Math.min(Math.max(1, max), MAX_PAGE)).stream()
                .map(UserView::of).toList();
    }
}
