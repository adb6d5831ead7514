package org.capacityacademy.catalog.boundary;

import jakarta.faces.context.FacesContext;

/** A course's or lesson's code from the request's parameters, for the request-scoped page beans. */
final class RequestCodes {

    /** Codes are short; anything longer is no code (the pages' view parameters allow 80 characters). */
    static final int MAX_LENGTH = 80;

    private RequestCodes() {
    }

    static String of(String parameter) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String value = faces == null ? null : faces.getExternalContext().getRequestParameterMap().get(parameter);
        return value == null || value.isBlank() || value.length() > MAX_LENGTH ? null : value;
    }
}
