package org.capacityacademy.platform.boundary;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Starts every view that a visitor (nobody signed in) opens with a GET as stateless; building
 * the page then settles it (the layout's {@code f:view transient}, from the page's
 * {@code transientView}). Why: before a page is built, PrimeFaces' CSP listener keeps its script
 * nonce in the view map unless the view is stateless, and a view map lives in the HTTP session,
 * so every anonymous page view (home, catalogue, course, lesson) used to open a session.
 *
 * <p>Pages with a form (sign-in, registration) still end up stateful, their view state (the
 * CSRF protection) kept in the session as before; only PrimeFaces' nonce is then not kept for
 * Ajax postbacks, which no page makes. Signed-in people's views are untouched.
 */
public class VisitorViews extends ViewHandlerWrapper {

    public VisitorViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && !context.isPostback() && context.getExternalContext().getUserPrincipal() == null) {
            root.setTransient(true);
        }
        return root;
    }
}
