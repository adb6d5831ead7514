package org.capacityacademy.authoring.banks.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.capacityacademy.account.boundary.CurrentUser;
import org.capacityacademy.authoring.drafts.boundary.AuthoringException;

/**
 * {@code GET /api/author/gift?course=C&module=modules/01-x/&language=en}: one language's question
 * bank of a module of the course's draft, as a GIFT file to download (and to import into Moodle).
 * Only the course's authors and administrators get it (403 for others); an unknown course,
 * module or language is 404.
 */
@Path("author/gift")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class GiftResource {

    @Inject
    BankDrafts banks;

    @Inject
    CurrentUser currentUser;

    @GET
    public Response export(@QueryParam("course") String course, @QueryParam("module") String module,
                           @QueryParam("language") String language) {
        if (course == null || module == null || language == null || !language.matches("[a-z]{2,3}")) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        try {
            String gift = banks.gift(currentUser.getEmail(), course, module, language);
            String name = module.replaceAll("^modules/|/$", "") + "-quiz." + language + ".gift";
            return Response.ok(gift, "text/plain; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
                    .header("Cache-Control", "no-store")
                    .build();
        } catch (NoSuchBank | AuthoringException e) {
            return Response.status(Response.Status.NOT_FOUND).build();
        } catch (BrokenBank e) {
            return Response.status(Response.Status.CONFLICT).type("text/plain; charset=UTF-8")
                    .entity(String.join("\n", e.getProblems().stream().map(String::valueOf).toList())).build();
        }
    }
}
