package org.capacityacademy.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * The page's Content-Security-Policy nonce (PrimeFaces CSP mode). PrimeFaces checks it again
 * on every postback; its own script adds it to forms, but plain forms on pages without
 * PrimeFaces components carry it themselves (the {@code a:form} tag).
 */
@Named
@RequestScoped
public class ScriptNonce {

    public String getValue() {
        return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }
}
