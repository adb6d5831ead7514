package org.capacityacademy.platform.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import org.primefaces.csp.CspException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * What a page answers when handling a request failed because of the request rather than the
 * platform: a view state that restores nothing (expired, forged, or "stateless" on a page that is
 * not) is the expired page; a postback without the page's script nonce (not sent by the page), a
 * {@link NotAllowed}, or a call an EJB's roles refuse is 403 with the forbidden page. Anything
 * else goes on to PrimeFaces' handler, which shows the server-error page. An AJAX request is sent
 * to the page rather than given its status, so that the browser shows it.
 */
public class ErrorAnswers extends ExceptionHandlerFactory {

    static final String EXPIRED_PAGE = "/error/expired.xhtml";
    static final String FORBIDDEN_PAGE = "/error/forbidden.xhtml";

    public ErrorAnswers(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    enum Answer { EXPIRED, FORBIDDEN }

    /** The answer a failure gets here, or null when it is the platform's own (a server error). */
    static Answer answerTo(Throwable failure, PhaseId phase, boolean postback) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof NotAllowed || cause instanceof CspException || cause instanceof EJBAccessException
                    || cause instanceof ProtectedViewException) {
                return Answer.FORBIDDEN;
            }
            if (cause instanceof ViewExpiredException) {
                return Answer.EXPIRED;
            }
        }
        return postback && phase == PhaseId.RESTORE_VIEW ? Answer.EXPIRED : null;
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                ExceptionQueuedEventContext event = events.next().getContext();
                Answer answer = answerTo(event.getException(), event.getPhaseId(), isPostback(context));
                if (answer != null) {
                    // the rest, if any, followed from the same request: one answer for all
                    events.remove();
                    while (events.hasNext()) {
                        events.next();
                        events.remove();
                    }
                    give(context, answer);
                    return;
                }
            }
            getWrapped().handle();
        }

        private static boolean isPostback(FacesContext context) {
            try {
                return context.isPostback();
            } catch (RuntimeException e) {
                return context.getExternalContext().getRequestParameterMap().containsKey("jakarta.faces.ViewState");
            }
        }

        private static void give(FacesContext context, Answer answer) {
            ExternalContext external = context.getExternalContext();
            try {
                if (!external.isResponseCommitted()) {
                    external.responseReset();
                    // the reset took the security headers with everything else
                    SecurityHeaders.apply((jakarta.servlet.http.HttpServletResponse) external.getResponse(),
                            SecurityHeaders.framedBy((jakarta.servlet.http.HttpServletRequest) external.getRequest()));
                }
                boolean ajax = context.getPartialViewContext() != null && context.getPartialViewContext().isAjaxRequest();
                if (answer == Answer.EXPIRED || ajax) {
                    external.redirect(external.getRequestContextPath() + (answer == Answer.EXPIRED ? EXPIRED_PAGE : FORBIDDEN_PAGE));
                } else {
                    external.responseSendError(403, null);
                }
                context.responseComplete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
