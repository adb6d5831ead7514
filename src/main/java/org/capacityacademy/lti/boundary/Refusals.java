package org.capacityacademy.lti.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.capacityacademy.lti.control.LaunchRefused;
import org.capacityacademy.platform.boundary.RefusedRequests;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A refused login or launch answered as a page in the person's language that says why (status 400),
 * shown where the platform shows the academy (its frame too), never as a server error.
 */
final class Refusals {

    private static final Logger LOG = Logger.getLogger(Refusals.class.getName());

    private Refusals() {
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, LaunchRefused refusal)
            throws IOException, ServletException {
        LOG.log(Level.INFO, "LTI launch refused: {0} ({1})", new Object[]{refusal.reason(),
                refusal.getCause() == null ? "" : refusal.getCause().getMessage()});
        request.setAttribute(RefusedRequests.REASON, refusal.reason());
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        request.getRequestDispatcher("/error/bad-request.xhtml").forward(request, response);
    }

    /** The refusal behind an exception an enterprise bean threw, if it is one. */
    static LaunchRefused refusalIn(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof LaunchRefused refused) {
                return refused;
            }
        }
        return null;
    }
}
