package org.capacityacademy.authoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.capacityacademy.TestAccounts;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.entity.Role;

import java.util.List;
import java.util.stream.Stream;

/**
 * {@code GET /api/test/insight-course?code=C&author=E&outsider=O}, for the browser journey of the
 * instructors' view, which runs outside the server: registers the author and the outsider as
 * instructors (password {@link TestAccounts#PASSWORD}), publishes a copy of the shipped course as
 * the author's, and registers four learners (Alpha, Bravo, Charlie and Delta, followed by the
 * course's code) who take the norms quiz with known answers ({@link InsightSeed}). It is a test
 * class: the test deployment has it, the platform's WAR never does. Administrators only.
 */
@Path("test/insight-course")
@RolesAllowed("ADMIN")
public class InsightSeedResource {

    @Inject
    InsightSeed seed;

    @Inject
    AccountService accounts;

    @GET
    @Produces("text/plain")
    public String seed(@QueryParam("code") String code, @QueryParam("author") String author,
                       @QueryParam("outsider") String outsider) {
        for (String instructor : List.of(author, outsider)) {
            long id = accounts.register(instructor, TestAccounts.PASSWORD, TestAccounts.profile("Instructor " + code)).getId();
            accounts.grant(id, Role.INSTRUCTOR);
        }
        long courseId = seed.publishedCourse(author, code);
        List<String> learners = Stream.of("Alpha", "Bravo", "Charlie", "Delta").map(name -> {
            String email = TestAccounts.uniqueEmail(name.toLowerCase());
            accounts.register(email, TestAccounts.PASSWORD, TestAccounts.profile(name + " " + code));
            return email;
        }).toList();
        seed.fourLearners(code, courseId, learners);
        return String.join("\n", learners);
    }
}
