package org.capacityacademy.lti.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.capacityacademy.account.boundary.ExternalSignIn;
import org.capacityacademy.lti.control.DeepLinkingRequest;
import org.capacityacademy.lti.control.LaunchRefused;
import org.capacityacademy.platform.boundary.SecurityHeaders;

import java.io.IOException;
import java.util.Arrays;

/**
 * The launch ({@code /lti/launch}, the tool's redirect URI): the platform's form post of the signed
 * ID token and the state. A launch the academy accepts signs the person in (through the platform's
 * own sign-in mechanism, {@link ExternalSignIn}) and sends them to the linked page; the session may
 * then be shown in the platform's frame, and its cookie is sent there (SameSite=None; Secure; Partitioned).
 */
@WebServlet("/lti/launch")
public class LaunchServlet extends HttpServlet {

    @Inject
    Launches launches;

    @Inject
    ExternalSignIn signIn;

    @Inject
    ContextMembers contextMembers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        // the tool's address opened directly, not posted by a platform
        Refusals.refuse(request, response, new LaunchRefused("lti.refused.login"));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String state = request.getParameter("state");
        Launches.Landing landing;
        try {
            landing = launches.launch(request.getParameter("id_token"), state, otherLoginsOnly(request, state));
        } catch (RuntimeException e) {
            LaunchRefused refusal = Refusals.refusalIn(e);
            if (refusal == null) {
                throw e;
            }
            Refusals.refuse(request, response, refusal);
            return;
        }
        if (!signIn.signIn(request, response, landing.accountId(), "lti:" + landing.platformId())) {
            Refusals.refuse(request, response, new LaunchRefused("lti.refused.account"));
            return;
        }
        HttpSession session = request.getSession();
        session.setAttribute(SecurityHeaders.FRAMED_BY, landing.framedBy());
        if (landing.deepLinking() != null) {
            session.setAttribute(DeepLinkingRequest.ATTRIBUTE, landing.deepLinking());
        } else {
            session.removeAttribute(DeepLinkingRequest.ATTRIBUTE);
        }
        if (landing.memberships() != null) {
            contextMembers.enrol(landing.platformId(), landing.courseId(), landing.memberships());
        }
        // the session's cookie again, sent also inside the platform's frame (a cross-site context):
        // SameSite=None, and Partitioned (CHIPS) for browsers that keep no other third-party cookie,
        // such as Chromium by default: kept for pages framed by this platform's site, or for the
        // academy's own site when the platform opened it in a new window
        response.addHeader("Set-Cookie", request.getServletContext().getSessionCookieConfig().getName() + "=" + session.getId()
                + "; Path=" + LoginServlet.cookiePath(request) + "; HttpOnly; Secure; SameSite=None; Partitioned");
        if (state != null && state.matches("[A-Za-z0-9_-]{1,64}")) {
            response.addHeader("Set-Cookie", LoginServlet.STATE_COOKIE + state + "=; Path=" + LoginServlet.cookiePath(request)
                    + "; Max-Age=0; HttpOnly; Secure; SameSite=None; Partitioned");
        }
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + landing.path());
    }

    /**
     * Whether the browser kept state cookies of logins it started, but not this launch's: then it did
     * not start this login. A browser that keeps no cookie in the frame sends none, and the launch
     * rests on the state kept on the server alone.
     */
    static boolean otherLoginsOnly(HttpServletRequest request, String state) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null || state == null) {
            return false;
        }
        boolean any = Arrays.stream(cookies).anyMatch(c -> c.getName().startsWith(LoginServlet.STATE_COOKIE));
        boolean own = Arrays.stream(cookies).anyMatch(c -> c.getName().equals(LoginServlet.STATE_COOKIE + state));
        return any && !own;
    }
}
