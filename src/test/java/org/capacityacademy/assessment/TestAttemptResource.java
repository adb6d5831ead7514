package org.capacityacademy.assessment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.time.Instant;

/**
 * Test deployment only (it lives with the tests, never in the WAR the build ships): lets a browser
 * test make the time of an open attempt run out now, as if its time limit had passed, so that the
 * test need not wait forty minutes for the server's clock. It is called by the test itself (the
 * learner's browser may be offline at that moment), by the attempt's id.
 */
@Path("test/attempts")
@RequestScoped
public class TestAttemptResource {

    @PersistenceContext
    EntityManager em;

    @POST
    @Path("{id}/time-up")
    @Transactional
    public Response timeUp(@PathParam("id") String id) {
        int changed = em.createNativeQuery("UPDATE quiz_attempt SET deadline = ? WHERE public_id = ? AND state = 'OPEN'")
                .setParameter(1, Instant.now().minusSeconds(1)).setParameter(2, id).executeUpdate();
        return Response.status(changed == 1 ? 204 : 404).build();
    }
}
