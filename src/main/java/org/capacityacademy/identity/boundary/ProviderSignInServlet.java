package org.capacityacademy.identity.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.capacityacademy.account.boundary.ExternalSignIn;
import org.capacityacademy.identity.control.OidcClient;
import org.capacityacademy.identity.control.ProviderIdentity;
import org.capacityacademy.identity.control.SignInFailure;
import org.capacityacademy.identity.control.SignInRefused;
import org.capacityacademy.identity.entity.PendingSignIn;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Signing in through a provider, in two requests: {@value #START}{@code ?provider=<id>} sends the
 * browser to the provider with a new state, nonce and PKCE challenge; the provider sends it back
 * to {@value #CALLBACK}, where the code is exchanged, the ID token checked and the person signed in
 * (or sent to complete their profile). The state must be one this browser's session started: an
 * answer carried to another browser is refused. Whatever fails ends on the sign-in page with a
 * message in the person's language, never an error page; the reason is logged for administrators.
 */
@WebServlet({ProviderSignInServlet.START, ProviderSignInServlet.CALLBACK})
public class ProviderSignInServlet extends HttpServlet {

    public static final String START = "/oidc/start";
    public static final String CALLBACK = "/oidc/callback";
    /** The session's sign-in requests not yet answered (their states), a few at most. */
    static final String STATES = "academy.oidc.states";
    private static final int STATES_KEPT = 5;
    private static final Logger LOG = Logger.getLogger(ProviderSignInServlet.class.getName());

    @Inject
    IdentityProviders providers;

    @Inject
    ProviderSignIns signIns;

    @Inject
    OidcClient oidc;

    @Inject
    ExternalSignIn externalSignIn;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        try {
            if (request.getServletPath().equals(START)) {
                start(request, response);
            } else {
                finish(request, response);
            }
        } catch (SignInRefused refused) {
            LOG.log(Level.INFO, "sign-in through a provider refused: {0}", refused.getMessage());
            fail(request, response, refused.getFailure());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sign-in through a provider failed", e);
            fail(request, response, SignInFailure.UNREACHABLE);
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response) throws SignInRefused, IOException {
        long providerId = providerId(request.getParameter("provider"));
        OidcClient.Client client = providers.clientOf(providerId);
        PendingSignIn pending = signIns.begin(providerId);
        URI address = oidc.authorizationAddress(client, redirect(request), pending.getState(), pending.getNonce(),
                pending.getCodeVerifier());
        remember(request.getSession(), pending.getState());
        response.sendRedirect(address.toString());
    }

    private void finish(HttpServletRequest request, HttpServletResponse response) throws SignInRefused, IOException {
        String state = request.getParameter("state");
        HttpSession session = request.getSession(false);
        if (state == null) {
            throw new SignInRefused(SignInFailure.STALE, "no state");
        }
        // used up whoever brings it: a code carried to another browser is worth nothing to anyone after
        boolean startedHere = forget(session, state);
        java.util.Optional<PendingSignIn> claimed = signIns.claim(state);
        if (!startedHere) {
            throw new SignInRefused(SignInFailure.STALE, "state not started by this browser");
        }
        PendingSignIn pending = claimed.orElseThrow(() -> new SignInRefused(SignInFailure.STALE, "state unknown, used or expired"));
        if (request.getParameter("error") != null || request.getParameter("code") == null) {
            throw new SignInRefused(SignInFailure.REFUSED, "provider answered " + request.getParameter("error"));
        }
        OidcClient.Client client = providers.clientOf(pending.getProviderId());
        ProviderIdentity identity = oidc.identityFrom(client, redirect(request), request.getParameter("code"),
                pending.getNonce(), pending.getCodeVerifier());
        ProviderSignIns.Arrival arrival = signIns.arrive(identity);
        if (arrival instanceof ProviderSignIns.Known known) {
            if (!externalSignIn.signIn(request, response, known.accountId(), "oidc:" + identity.providerId())) {
                throw new SignInRefused(SignInFailure.DEACTIVATED, "account " + known.accountId());
            }
            response.sendRedirect(request.getContextPath() + "/index.xhtml");
        } else {
            request.getSession().setAttribute(CompleteProfile.NEWCOMER, identity);
            response.sendRedirect(request.getContextPath() + CompleteProfile.PAGE);
        }
    }

    private static void fail(HttpServletRequest request, HttpServletResponse response, SignInFailure failure) throws IOException {
        if (!response.isCommitted()) {
            response.sendRedirect(request.getContextPath() + "/sign-in.xhtml?oidc=" + failure.code());
        }
    }

    private static long providerId(String value) throws SignInRefused {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new SignInRefused(SignInFailure.NO_PROVIDER, "provider " + value);
        }
    }

    /** Where the provider sends the browser back: this server's address as the browser used it. */
    static URI redirect(HttpServletRequest request) {
        return URI.create(request.getRequestURL().toString()).resolve(request.getContextPath() + CALLBACK);
    }

    @SuppressWarnings("unchecked")
    private static void remember(HttpSession session, String state) {
        LinkedHashSet<String> states = session.getAttribute(STATES) instanceof LinkedHashSet<?> kept
                ? new LinkedHashSet<>((LinkedHashSet<String>) kept) : new LinkedHashSet<>();
        states.add(state);
        while (states.size() > STATES_KEPT) {
            states.remove(states.iterator().next());
        }
        session.setAttribute(STATES, states);   // set again, so that a clustered session replicates it
    }

    /** Whether the session had started this state; it is forgotten either way. */
    @SuppressWarnings("unchecked")
    private static boolean forget(HttpSession session, String state) {
        if (session == null || !(session.getAttribute(STATES) instanceof LinkedHashSet<?> kept)) {
            return false;
        }
        LinkedHashSet<String> states = new LinkedHashSet<>((LinkedHashSet<String>) kept);
        boolean had = states.remove(state);
        session.setAttribute(STATES, states);
        return had;
    }
}
