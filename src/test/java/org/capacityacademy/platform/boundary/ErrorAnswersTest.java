package org.capacityacademy.platform.boundary;

import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.event.PhaseId;
import org.capacityacademy.platform.boundary.ErrorAnswers.Answer;
import org.junit.jupiter.api.Test;
import org.primefaces.csp.CspException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which failures are the request's (expired, forbidden) and which are the platform's (a server error). */
class ErrorAnswersTest {

    @Test
    void aViewStateThatRestoresNothingIsAnExpiredPage() {
        assertEquals(Answer.EXPIRED, ErrorAnswers.answerTo(new ViewExpiredException("/sign-in.xhtml"), PhaseId.RESTORE_VIEW, true));
        assertEquals(Answer.EXPIRED, ErrorAnswers.answerTo(new FacesException("Unable to restore view /sign-in.xhtml"),
                PhaseId.RESTORE_VIEW, true), "a forged or 'stateless' view state");
        assertNull(ErrorAnswers.answerTo(new FacesException("broken page"), PhaseId.RESTORE_VIEW, false), "not a postback: the page itself");
        assertNull(ErrorAnswers.answerTo(new IllegalStateException("bug"), PhaseId.INVOKE_APPLICATION, true));
    }

    @Test
    void notAllowedAndAPostbackWithoutThePagesNonceAreForbidden() {
        assertEquals(Answer.FORBIDDEN, ErrorAnswers.answerTo(new FacesException(new ELException(new EJBException(
                new NotAllowed("another author's course")))), PhaseId.INVOKE_APPLICATION, true), "however deeply wrapped");
        assertEquals(Answer.FORBIDDEN, ErrorAnswers.answerTo(new CspException("Missing CSP nonce"), PhaseId.RESTORE_VIEW, true));
        assertEquals(Answer.FORBIDDEN, ErrorAnswers.answerTo(new jakarta.ejb.EJBAccessException(), PhaseId.INVOKE_APPLICATION, true));
    }
}
