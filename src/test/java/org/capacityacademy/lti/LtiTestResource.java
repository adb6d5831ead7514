package org.capacityacademy.lti;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.capacityacademy.TestAccounts;
import org.capacityacademy.TestAnswers;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.OrganisationType;
import org.capacityacademy.account.entity.Role;
import org.capacityacademy.assessment.boundary.Attempts;
import org.capacityacademy.assessment.entity.Attempt;
import org.capacityacademy.assessment.entity.AttemptQuestion;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.learning.entity.Enrolment;
import org.capacityacademy.lti.boundary.Platforms;
import org.capacityacademy.lti.boundary.Scores;
import org.capacityacademy.lti.entity.Learner;
import org.capacityacademy.lti.entity.PlatformSettings;
import org.capacityacademy.lti.entity.Score;

import java.time.Instant;

/**
 * Test deployment only (it lives with the tests, never in the WAR the build ships): what the LTI
 * tests do on the server besides their HTTP launches: register their test platform, look up the
 * learner a launch made, pass the final assessment as that learner (through the real grading), and
 * run the score sender at a given moment.
 */
@Path("test/lti")
@Stateless
@Produces(MediaType.APPLICATION_JSON)
public class LtiTestResource {

    @Inject
    Platforms platforms;

    @Inject
    Scores scores;

    @Inject
    AccountService accounts;

    @Inject
    Attempts attempts;

    @Inject
    Catalog catalog;

    @PersistenceContext
    EntityManager em;

    @POST
    @Path("platforms")
    public String register(@FormParam("issuer") String issuer, @FormParam("clientId") String clientId,
                           @FormParam("keysetUrl") String keysetUrl, @FormParam("authUrl") String authUrl,
                           @FormParam("tokenUrl") String tokenUrl, @FormParam("deployments") String deployments,
                           @FormParam("moduleScores") boolean moduleScores) {
        String administrator = TestAccounts.registered(accounts, "lti-admin", Role.ADMIN);
        long id = platforms.register(administrator, new PlatformSettings("Test platform " + clientId, issuer, clientId, keysetUrl,
                authUrl, tokenUrl, deployments, "KE", "Ministry of ICT", OrganisationType.GOVERNMENT, moduleScores)).getId();
        return Json.createObjectBuilder().add("id", id).build().toString();
    }

    @GET
    @Path("learner")
    public String learner(@QueryParam("platform") long platform, @QueryParam("subject") String subject) {
        Learner learner = em.find(Learner.class, new Learner.Key(platform, subject));
        if (learner == null) {
            return "{}";
        }
        Account account = em.find(Account.class, learner.getAccountId());
        JsonArrayBuilder courses = Json.createArrayBuilder();
        em.createQuery("SELECT e FROM Enrolment e WHERE e.accountId = :account", Enrolment.class)
                .setParameter("account", account.getId()).getResultList().stream().filter(Enrolment::isActive)
                .forEach(e -> courses.add(catalog.courseCode(e.getCourseId())));
        return Json.createObjectBuilder().add("accountId", account.getId()).add("email", account.getEmail())
                .add("name", account.getProfile().getFullName()).add("country", account.getProfile().getCountryCode())
                .add("language", account.getProfile().getPreferredLanguage()).add("courses", courses).build().toString();
    }

    /** Passes a quiz (by default the course's final assessment) as the account's person: every answer right, then submitted (and graded). */
    @POST
    @Path("final-assessment")
    public String passFinal(@FormParam("account") long accountId, @FormParam("course") String course, @FormParam("quiz") String quiz) {
        String email = em.find(Account.class, accountId).getEmail();
        String attemptId = attempts.start(email, course, quiz == null ? "final" : quiz, "en");
        long id = em.createNamedQuery(Attempt.FIND_BY_PUBLIC_ID, Attempt.class).setParameter("id", attemptId).getSingleResult().getId();
        for (AttemptQuestion asked : em.createNamedQuery(AttemptQuestion.FIND_OF_ATTEMPT, AttemptQuestion.class)
                .setParameter("attempt", id).getResultList()) {
            attempts.saveAnswer(email, attemptId, asked.getPosition(), TestAnswers.rightAnswer(em, asked));
        }
        attempts.submit(email, attemptId);
        return Json.createObjectBuilder().add("attempt", attemptId).build().toString();
    }

    @POST
    @Path("scores/send")
    public String send(@FormParam("at") String at) {
        return Json.createObjectBuilder().add("accepted", scores.sendDue(Instant.parse(at))).build().toString();
    }

    @GET
    @Path("scores")
    public String scoresOf(@QueryParam("account") long accountId) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Score score : scores.of(accountId)) {
            list.add(Json.createObjectBuilder().add("tries", score.getTries()).add("sent", score.getSentAt() != null)
                    .add("nextTryAt", score.getNextTryAt().toString()).add("scoreGiven", score.getScoreGiven())
                    .add("problem", score.getLastProblem() == null ? "" : score.getLastProblem()));
        }
        return list.build().toString();
    }
}
