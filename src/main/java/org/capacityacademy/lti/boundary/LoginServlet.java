package org.capacityacademy.lti.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.capacityacademy.lti.control.LaunchRefused;
import org.capacityacademy.lti.entity.Login;

import java.io.IOException;

/**
 * OIDC third-party login initiation ({@code /lti/login}, GET or POST, as the platform chooses): the
 * platform names itself ({@code iss}, {@code client_id}), the person ({@code login_hint}) and the
 * link; the academy answers with a redirect to the platform's authorisation endpoint carrying a new
 * state and nonce. The state is also set in a cookie of its own name, for the launch to compare when
 * the browser keeps cookies in the platform's frame.
 */
@WebServlet("/lti/login")
public class LoginServlet extends HttpServlet {

    /** The state cookies' names begin with this; the rest is the state. */
    static final String STATE_COOKIE = "lti_state_";

    @Inject
    Launches launches;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        try {
            Launches.LoginStarted started = launches.startLogin(request.getParameter("iss"), request.getParameter("client_id"),
                    request.getParameter("login_hint"), request.getParameter("lti_message_hint"),
                    request.getParameter("target_link_uri"), request.getParameter("lti_deployment_id"));
            // SameSite=None: the launch comes back as a cross-site form post, often inside the platform's frame
            response.addHeader("Set-Cookie", STATE_COOKIE + started.state() + "=1; Path=" + cookiePath(request)
                    + "; Max-Age=" + Login.LIFETIME.toSeconds() + "; HttpOnly; Secure; SameSite=None; Partitioned");
            response.setHeader("Cache-Control", "no-store");
            response.sendRedirect(started.authorisationRequest());
        } catch (RuntimeException e) {
            LaunchRefused refusal = Refusals.refusalIn(e);
            if (refusal == null) {
                throw e;
            }
            Refusals.refuse(request, response, refusal);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        doGet(request, response);
    }

    static String cookiePath(HttpServletRequest request) {
        return request.getContextPath().isEmpty() ? "/" : request.getContextPath();
    }
}
