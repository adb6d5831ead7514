package org.capacityacademy.platform.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.capacityacademy.platform.control.Messages;

/** Puts a message from the bundles on the current page, in the page's language. */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void info(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = Messages.text(context.getViewRoot().getLocale(), key, arguments);
        context.addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
