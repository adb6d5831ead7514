package org.capacityacademy.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.capacityacademy.TestCourses;
import org.capacityacademy.catalog.boundary.CourseImport;
import org.capacityacademy.catalog.boundary.ImportReport;

/**
 * {@code POST /api/test/catalog/{name}}: imports a small course of the tests' own
 * ({@code src/test/resources/courses/<name>}) as the platform imports a course folder, for browser
 * journeys that need a course of their own (a course offered in two languages, say). Importing
 * it again changes nothing. It is a test class: the test deployment has it, the platform's WAR
 * never does. Administrators only.
 */
@Path("test/catalog")
@RolesAllowed("ADMIN")
public class TestCatalogResource {

    @Inject
    CourseImport courseImport;

    @POST
    @Path("{name}")
    public Response importCourse(@PathParam("name") String name) {
        if (!name.matches("[a-z0-9-]{1,80}")) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        ImportReport report = courseImport.importCourse(TestCourses.testCourse(name));
        return report.isFailed() ? Response.serverError().entity(String.join("\n", report.problems())).build()
                : Response.noContent().build();
    }
}
